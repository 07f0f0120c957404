package dev.hookwire.runtime;

import dev.hookwire.runtime.internal.HookSite;

/**
 * The {@link ContextPropagator} failed for a timed or {@code @Async} hook: its capture on the
 * dispatching thread, its restore on the hook's thread (the hook then did not run) or the close
 * of its scope after the hook. It is the hook's failure, with the propagator's exception as the
 * cause, and follows the event kind's contract like any other.
 */
public final class ContextPropagationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which step of the propagation failed. */
  public enum Step {
    /** {@link ContextPropagator#capture()}, on the dispatching thread; the hook did not run. */
    CAPTURE,
    /** {@link ContextPropagator.Snapshot#restore()}, on the hook's thread; the hook did not run. */
    RESTORE,
    /** {@link ContextPropagator.Scope#close()}, on the hook's thread, after the hook ran. */
    CLOSE
  }

  private final String event;
  private final Class<?> hook;
  private final Step step;

  ContextPropagationException(HookSite site, Step step, Throwable cause) {
    super(
        site.event() + " hook " + site.hook().getName() + ": the context propagator's "
            + describe(step) + (cause == null ? " returned null" : " threw " + cause),
        cause);
    this.event = site.event();
    this.hook = site.hook();
    this.step = step;
  }

  private static String describe(Step step) {
    return switch (step) {
      case CAPTURE -> "capture() (on the dispatching thread, so the hook did not run)";
      case RESTORE -> "restore() (on the hook's thread, so the hook did not run)";
      case CLOSE -> "Scope.close() (after the hook ran)";
    };
  }

  public String event() {
    return event;
  }

  /** The hook whose context could not be carried. */
  public Class<?> hook() {
    return hook;
  }

  public Step step() {
    return step;
  }
}
