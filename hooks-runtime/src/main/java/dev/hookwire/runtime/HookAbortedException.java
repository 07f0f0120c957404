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
  private final String userMessage;

  /**
   * @param rejection whether the hook denied the operation on purpose: only then is the cause's
   *     message meant for the end user
   */
  HookAbortedException(String event, Class<?> hook, Throwable cause, boolean rejection) {
    super(event + " hook " + hook.getName() + (rejection ? " rejected: " : " failed: ") + cause, cause);
    this.event = event;
    this.hook = hook.getName();
    this.userMessage = rejection ? ((HookRejection) cause).userMessage() : null;
  }

  /** The event whose hook aborted, in kebab-case. */
  public String event() {
    return event;
  }

  /** The fully qualified class name of the hook that aborted. */
  public String hook() {
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
