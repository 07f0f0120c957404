package dev.hookwire.runtime;

import java.time.Duration;

/**
 * Observes the hooks the runtime runs. Pass one to {@link HookRuntime.Builder#listener}.
 *
 * <p>By default a listener hears only of failures ({@link #hookFailed}), which costs nothing on
 * the happy path. A listener whose {@link #traces()} returns {@code true} also hears each hook
 * start, succeed (with what it returned) and be skipped (with why), with durations; that costs two
 * clock reads per hook.
 *
 * <p>A listener must be thread-safe: hooks run on the host's threads, and timed or async hooks on
 * the runtime's executor. An exception thrown by a listener is logged and otherwise ignored; it
 * never changes the outcome of a dispatch.
 */
@FunctionalInterface
public interface HookListener {

  /**
   * A hook did not complete normally: it threw, timed out ({@link HookFailure#isTimeout()}),
   * returned {@code null} where it must not, could not be started, or was abandoned at close.
   * {@link HookFailure#consequence()} says what followed.
   */
  void hookFailed(HookFailure failure);

  /** Whether this listener wants {@link #hookStarted}, {@link #hookSucceeded} and {@link #hookSkipped}. */
  default boolean traces() {
    return false;
  }

  /** A hook is about to run (only when {@link #traces()}). */
  default void hookStarted(String event, Class<?> hook) {}

  /**
   * A hook returned normally (only when {@link #traces()}).
   *
   * @param result the patch or replacement it returned, or {@code null} (void, or no change)
   */
  default void hookSucceeded(String event, Class<?> hook, Object result, Duration duration) {}

  /**
   * A hook was not run (only when {@link #traces()}).
   *
   * @param reason for example {@code "disabled: replaced by AuditTrail"}, {@code "tag 'posts' is
   *     not one of [users]"}, {@code "chain stopped by GateSignup"}, {@code "filter
   *     AdminCreateUserFilter does not hold"}
   */
  default void hookSkipped(String event, Class<?> hook, String reason) {}

  /**
   * A hook was switched on or off while the service runs ({@link HookRuntime#switchHooks}): heard
   * once per switch, in the order they were applied, after they took effect, whether or not this
   * listener {@link #traces()}.
   */
  default void hookSwitched(HookSwitch change) {}

  /**
   * A version of a hook was deployed or rolled back ({@link HookRuntime#deploy}, {@link
   * HookRuntime#rollback}): heard after its switches, whether or not this listener {@link
   * #traces()}.
   */
  default void hookChanged(HookChange change) {}

  /**
   * The default listener: logs through {@link System.Logger} named {@code dev.hookwire}. A
   * rejection (a before-hook denying on purpose) is logged at {@code INFO}; an abort by any other
   * exception, an after-hook failure and an abandoned async hook at {@code ERROR} with the stack
   * trace; a transform fallback at {@code WARNING}; a timeout at {@code WARNING} without a trace.
   */
  static HookListener logging() {
    return LoggingListener.INSTANCE;
  }

  /** A listener that ignores everything. */
  static HookListener none() {
    return failure -> {};
  }
}
