package dev.hookwire.runtime;

import java.util.Optional;

/**
 * What the host catches when a hook aborted an operation: a before-hook threw (or rejected, or
 * timed out), a virtual before-event's filter threw, or, in {@linkplain
 * HookRuntime.Builder#strict(boolean) strict mode}, any hook failed.
 *
 * <pre>{@code
 * try {
 *   user = hooks.beforeUserCreate(user, ctx);
 * } catch (HookAbortedException e) {
 *   return badRequest(e.userMessage().orElse("Sign-up is not possible right now."));
 * }
 * }</pre>
 *
 * <p>The cause is the hook's exception, for logs. Only a {@link HookRejection}'s message is
 * user-facing ({@link #userMessage()}). The message of this exception names the event, the hook
 * and the class of the hook's exception, never that exception's own message, which may reveal
 * internals (a password in a SQL error): a host that returns {@code getMessage()} to a client
 * leaks nothing.
 */
public final class HookAbortedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String event;
  private final Class<?> hook;
  private final String userMessage;

  /**
   * @param rejection whether the hook denied the operation on purpose: only then is the cause's
   *     message meant for the end user
   */
  HookAbortedException(String event, Class<?> hook, Throwable cause, boolean rejection) {
    super(event + " hook " + hook.getName() + " " + what(cause, rejection), cause);
    this.event = event;
    this.hook = hook;
    this.userMessage = rejection ? ((HookRejection) cause).userMessage() : null;
  }

  private static String what(Throwable cause, boolean rejection) {
    if (rejection) {
      return "rejected the operation";
    }
    if (cause instanceof HookTimeoutException timeout) {
      return timeout.what(); // the runtime's own words: no internals
    }
    return "failed: threw " + cause.getClass().getName();
  }

  /** The event whose hook aborted, in kebab-case. */
  public String event() {
    return event;
  }

  /** The hook that aborted (for a virtual event's filter that threw, the filter's class). */
  public Class<?> hook() {
    return hook;
  }

  /** Whether a before-hook denied the operation on purpose with a {@link HookRejection}. */
  public boolean isRejection() {
    return userMessage != null;
  }

  /**
   * The message meant for the end user: a before-hook's {@link HookRejection} message, or empty
   * when the hook failed with any other exception (whose message may reveal internals), or when
   * an after- or transform hook failed in strict mode.
   */
  public Optional<String> userMessage() {
    return Optional.ofNullable(userMessage);
  }
}
