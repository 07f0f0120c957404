package dev.hookwire.runtime;

/**
 * Carries the caller's thread-local context (a security principal, a logging MDC, a tracing span)
 * to the thread a timed or {@code @Async} hook runs on. The runtime calls {@link #capture()} on the
 * dispatching thread when it hands such a hook off, {@link Snapshot#restore()} on the hook's thread
 * just before the hook, and {@link Scope#close()} on that thread just after it, whatever the hook
 * did. Inline hooks run on the caller's thread and need none of this: nothing is captured for them,
 * and a runtime without a propagator ({@link HookRuntime.Builder#contextPropagator}) captures
 * nothing at all.
 *
 * <pre>{@code
 * HookRuntime runtime = HookRuntime.builder()
 *     .contextPropagator(() -> {
 *       String user = CURRENT_USER.get();            // on the caller's thread
 *       return () -> {
 *         String before = CURRENT_USER.get();        // on the hook's thread
 *         CURRENT_USER.set(user);
 *         return () -> CURRENT_USER.set(before);     // after the hook
 *       };
 *     })
 *     .build();
 * }</pre>
 *
 * <h2>Failures</h2>
 *
 * A propagator that throws, or returns null, is never ignored: the hook does not run (or, when
 * {@link Scope#close()} fails, it has run) and the failure is the hook's, a {@link
 * ContextPropagationException} that follows the event kind's contract: a before-event is aborted,
 * an after- or transform hook's failure is reported (and propagates when the runtime is strict).
 * When the hook itself threw too, its exception is the one reported, with the failure to close
 * added as suppressed. A {@link VirtualMachineError} propagates unchanged.
 *
 * <p>Implementations must be thread-safe: {@link #capture()} is called concurrently by every
 * thread that dispatches.
 */
@FunctionalInterface
public interface ContextPropagator {

  /** On the dispatching thread: what the hook's thread must see. Never null. */
  Snapshot capture();

  /** The context of one dispatching thread, restored once, on the hook's thread. */
  @FunctionalInterface
  interface Snapshot {
    /**
     * On the hook's thread, before the hook: installs the captured context.
     *
     * @return what puts the thread's own context back after the hook; never null
     */
    Scope restore();
  }

  /** The captured context installed on the hook's thread. */
  @FunctionalInterface
  interface Scope extends AutoCloseable {
    /** On the hook's thread, after the hook: puts back what the thread had before. */
    @Override
    void close();
  }
}
