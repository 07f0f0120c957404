package dev.hookwire.runtime;

/**
 * Observes the hooks the runtime runs. Pass one to {@link HookRuntime.Builder#listener}.
 *
 * <p>A listener must be thread-safe: hooks run on the host's threads. An exception thrown by a
 * listener is logged and otherwise ignored; it never changes the outcome of a dispatch.
 */
@FunctionalInterface
public interface HookListener {

  /** A hook did not complete normally; {@link HookFailure#consequence()} says what followed. */
  void hookFailed(HookFailure failure);

  /**
   * The default listener: logs through {@link System.Logger} named {@code dev.hookwire}. A
   * rejection (a hook denying on purpose) is logged at {@code INFO}; an abort by any other
   * exception and an after-hook failure at {@code ERROR} with the stack trace; a transform
   * fallback at {@code WARNING}.
   */
  static HookListener logging() {
    return LoggingListener.INSTANCE;
  }

  /** A listener that ignores everything. */
  static HookListener none() {
    return failure -> {};
  }
}
