package dev.hookwire.runtime;

import dev.hookwire.runtime.HookFailure.Consequence;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * The policies the generated {@code HookWiring} applies when a hook fails: who is told, and
 * whether an after-hook's failure stays isolated.
 *
 * <pre>{@code
 * AuthHooks hooks = new HookWiring(HookRuntime.defaults());
 * AuthHooks strict = new HookWiring(HookRuntime.builder().strict(true).listener(myListener).build());
 * }</pre>
 *
 * <h2>Errors</h2>
 *
 * A {@link VirtualMachineError} ({@link OutOfMemoryError}, {@link StackOverflowError}, {@link
 * InternalError}) thrown by a hook is never caught, wrapped or isolated: it propagates to the host
 * unchanged, because the JVM may no longer be able to run anything else correctly. Every other
 * {@link Throwable}, checked or not, follows the event kind's contract. A hook that throws {@link
 * InterruptedException} has the thread's interrupt status restored.
 *
 * <p>The methods below the factory methods are called by generated code; an application never
 * needs them.
 */
public final class HookRuntime {
  private static final HookRuntime DEFAULTS = new Builder().build();

  private final HookListener listener;
  private final boolean strict;

  private HookRuntime(Builder builder) {
    this.listener = builder.listener;
    this.strict = builder.strict;
  }

  /** Logs failures through {@link System.Logger} ({@link HookListener#logging()}); not strict. */
  public static HookRuntime defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether after- and transform-hook failures propagate instead of being isolated. */
  public boolean isStrict() {
    return strict;
  }

  /**
   * A before-hook threw: reports it and returns the exception the dispatcher throws.
   *
   * @return a {@link HookAbortedException} whose cause is {@code error}
   */
  public RuntimeException aborted(String event, Class<?> hook, Throwable error) {
    rethrowIfFatal(error);
    String reason = error instanceof HookRejection ? "rejected the operation" : "threw " + error;
    report(new HookFailure(event, hook, Consequence.ABORTED, reason, error));
    return new HookAbortedException(event, hook, error, error instanceof HookRejection);
  }

  /**
   * An after-hook threw: reports it. Returns normally so the remaining hooks run, unless the
   * runtime is strict, in which case it throws {@link HookAbortedException}.
   */
  public void afterFailed(String event, Class<?> hook, Throwable error) {
    rethrowIfFatal(error);
    report(new HookFailure(event, hook, Consequence.ISOLATED, "threw " + error, error));
    if (strict) {
      throw new HookAbortedException(event, hook, error, false);
    }
  }

  /** A transform hook threw: reports it; the dispatcher keeps the input (or throws if strict). */
  public void transformFailed(String event, Class<?> hook, Throwable error) {
    rethrowIfFatal(error);
    report(new HookFailure(event, hook, Consequence.INPUT_KEPT, "threw " + error, error));
    if (strict) {
      throw new HookAbortedException(event, hook, error, false);
    }
  }

  /** A transform hook returned {@code null} for a non-null input: reported; the input is kept. */
  public void transformReturnedNull(String event, Class<?> hook) {
    String reason = "returned null for a non-null input (a missing return?)";
    report(new HookFailure(event, hook, Consequence.INPUT_KEPT, reason, null));
    if (strict) {
      throw new HookAbortedException(
          event, hook, new NullPointerException(hook.getName() + ".handle " + reason), false);
    }
  }

  private static void rethrowIfFatal(Throwable error) {
    Objects.requireNonNull(error, "error");
    if (error instanceof VirtualMachineError fatal) {
      throw fatal;
    }
    if (error instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
  }

  /** Tells the listener; a listener's own failure is logged and never changes the outcome. */
  private void report(HookFailure failure) {
    try {
      listener.hookFailed(failure);
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable listenerBug) {
      if (failure.error() != null && failure.error() != listenerBug) {
        listenerBug.addSuppressed(failure.error()); // keep the hook's own trace in the log
      }
      System.getLogger("dev.hookwire")
          .log(
              Level.ERROR,
              "HookListener " + listener.getClass().getName() + " threw while reporting: " + failure.describe(),
              listenerBug);
    }
  }

  /** Configures a {@link HookRuntime}. */
  public static final class Builder {
    private HookListener listener = HookListener.logging();
    private boolean strict;

    private Builder() {}

    /** Who is told about failed hooks; default {@link HookListener#logging()}. */
    public Builder listener(HookListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * For tests: when true, a failing after- or transform-hook throws {@link
     * HookAbortedException} out of the dispatcher instead of being isolated. Default false.
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    public HookRuntime build() {
      return new HookRuntime(this);
    }
  }
}
