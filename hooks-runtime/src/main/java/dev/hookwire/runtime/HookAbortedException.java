package dev.hookwire.runtime;

import java.util.Optional;

/**
 * What the host catches when a hook aborted an operation: a before-hook threw (or rejected), or,
 * in {@linkplain HookRuntime.Builder#strict(boolean) strict mode}, any hook failed.
 *
 * <pre>{@code
 * try {
 *   user = hooks.beforeUserCreate(user, ctx);
 * } catch (HookAbortedException e) {
 *   return badRequest(e.userMessage().orElse("Sign-up is not possible right now."));
 * }
 * }</pre>
 *
 * <p>The cause is the hook's exception. Only a {@link HookRejection}'s message is user-facing;
 * the message of this exception names the event and the hook and is meant for logs.
 */
public final class HookAbortedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String event;
  private final String hook;

  HookAbortedException(String event, Class<?> hook, Throwable cause) {
    super(describe(event, hook, cause), cause);
    this.event = event;
    this.hook = hook.getName();
  }

  private static String describe(String event, Class<?> hook, Throwable cause) {
    String what = cause instanceof HookRejection ? "rejected" : "failed";
    return event + " hook " + hook.getName() + " " + what + ": " + cause;
  }

  /** The event whose hook aborted, in kebab-case. */
  public String event() {
    return event;
  }

  /** The fully qualified class name of the hook that aborted. */
  public String hook() {
    return hook;
  }

  /** Whether the hook denied the operation on purpose with a {@link HookRejection}. */
  public boolean isRejection() {
    return getCause() instanceof HookRejection;
  }

  /**
   * The message meant for the end user: the {@link HookRejection}'s message, or empty when the
   * hook failed with any other exception (whose message may reveal internals).
   */
  public Optional<String> userMessage() {
    return isRejection() ? Optional.of(getCause().getMessage()) : Optional.empty();
  }
}
