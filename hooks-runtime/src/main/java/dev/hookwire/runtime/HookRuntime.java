package dev.hookwire.runtime;

import dev.hookwire.runtime.HookFailure.Consequence;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The policies the generated {@code HookWiring} applies: who is told about each hook, what a
 * failure means, where timed and async hooks run, and which hooks are switched off.
 *
 * <pre>{@code
 * AuthHooks hooks = new HookWiring(HookRuntime.defaults());
 * AuthHooks strict = new HookWiring(HookRuntime.builder().strict(true).listener(myListener).build());
 * }</pre>
 *
 * <h2>Where hooks run</h2>
 *
 * A hook without a time limit runs inline on the caller's thread: no hand-off, no allocation. A
 * hook with one ({@code @Timeout}, or the event's default) and an {@code @Async} hook run on the
 * runtime's executor: virtual threads on a JDK that has them, daemon platform threads otherwise,
 * or the executor given to {@link Builder#executor}. At its time limit a hook is interrupted and
 * the caller goes on at once, whether or not the hook stops; at most {@link Builder#maxInFlight}
 * such hooks may be running at a time (the ones that ignore interruption included), and a hook that
 * would exceed that is not started and is reported like a timeout. So a hung hook never holds the
 * caller past its limit and never makes threads pile up without bound.
 *
 * <h2>Errors</h2>
 *
 * A {@link VirtualMachineError} ({@link OutOfMemoryError}, {@link StackOverflowError}, {@link
 * InternalError}) thrown by a hook is never caught, wrapped or isolated: it propagates to the host
 * unchanged, because the JVM may no longer be able to run anything else correctly (an async
 * hook's is rethrown on its own thread). Every other {@link Throwable}, checked or not, follows the
 * event kind's contract. A hook that throws {@link InterruptedException} has the thread's interrupt
 * status restored.
 *
 * <h2>Closing</h2>
 *
 * {@link #close()} waits for the async hooks still running, up to {@link Builder#closeTimeout},
 * interrupts the rest and reports each one it abandons: none is lost silently.
 *
 * <p>The methods after {@link #close()} are called by generated code; an application never needs
 * them.
 */
public final class HookRuntime implements AutoCloseable {
  /** Why a hook switched off with {@link Builder#disable} did not run. */
  static final String DISABLED_AT_STARTUP = "disabled at startup (HookRuntime.Builder.disable)";

  private final HookListener listener;
  private final boolean strict;
  private final boolean tracing;
  private final Set<String> disabled;
  private final Predicate<Class<?>> only;
  private final Executor givenExecutor;
  private final Semaphore inFlight;
  private final int maxInFlight;
  private final Duration closeTimeout;
  private final Map<AsyncTask, Boolean> running = new ConcurrentHashMap<>();
  private volatile ExecutorService ownExecutor;
  private volatile boolean closed;

  private HookRuntime(Builder builder) {
    this.listener = builder.listener;
    this.strict = builder.strict;
    this.tracing = builder.listener.traces();
    this.disabled = Set.copyOf(builder.disabled);
    this.only = builder.only;
    this.givenExecutor = builder.executor;
    this.maxInFlight = builder.maxInFlight;
    this.inFlight = new Semaphore(builder.maxInFlight);
    this.closeTimeout = builder.closeTimeout;
  }

  /**
   * A new runtime with the defaults: failures logged through {@link System.Logger} ({@link
   * HookListener#logging()}), not strict, timed and async hooks on virtual threads where the JDK
   * has them.
   */
  public static HookRuntime defaults() {
    return new Builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether after- and transform-hook failures propagate instead of being isolated. */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Stops accepting timed and async hooks, waits for the async hooks still running up to the
   * close timeout, then interrupts and reports each one left as {@link Consequence#ABANDONED}.
   * Inline hooks keep working. Shuts down the runtime's own executor (not one given to the
   * builder). Idempotent.
   */
  @Override
  public void close() {
    closed = true;
    long deadline = System.nanoTime() + closeTimeout.toNanos();
    while (!running.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (AsyncTask task : List.copyOf(running.keySet())) {
      if (task.abandon()) {
        report(new HookFailure(task.event, task.hook, Consequence.ABANDONED,
            "was still running after " + closeTimeout.toMillis() + " ms", null, null));
      }
    }
    ExecutorService own = ownExecutor;
    if (own != null) {
      own.shutdownNow();
    }
  }

  // ---------------------------------------------------------------- called by generated code

  /** Whether the hook may run: not switched off with {@link Builder#disable}. Called at construction. */
  public boolean enabled(String event, Class<?> hook) {
    return only.test(hook) && !disabled.contains(key(event, hook));
  }

  /** A hook is about to run: tells a tracing listener and returns the start time, else 0. */
  public long started(String event, Class<?> hook) {
    if (!tracing) {
      return 0L;
    }
    guard(() -> listener.hookStarted(event, hook));
    return System.nanoTime();
  }

  /** A hook returned {@code result} (or null): tells a tracing listener. */
  public void succeeded(String event, Class<?> hook, long start, Object result) {
    if (tracing) {
      Duration took = since(start);
      guard(() -> listener.hookSucceeded(event, hook, result, took));
    }
  }

  /** A hook was not run, for {@code reason}: tells a tracing listener. */
  public void skipped(String event, Class<?> hook, String reason) {
    if (tracing) {
      guard(() -> listener.hookSkipped(event, hook, reason));
    }
  }

  /** A hook with {@code @Tags} was not run because the event's tag is not one of them. */
  public void skippedByTag(String event, Class<?> hook, String tag, Set<String> tags) {
    if (tracing) {
      skipped(event, hook, "tag '" + tag + "' is not one of " + tags.stream().sorted().toList());
    }
  }

  /** The hooks of {@code hooks} from index {@code from} on were not run, for {@code reason}. */
  public void skippedAll(String event, List<Class<?>> hooks, int from, String reason) {
    if (tracing) {
      for (int i = from; i < hooks.size(); i++) {
        skipped(event, hooks.get(i), reason);
      }
    }
  }

  /**
   * A before-hook threw (or timed out): reports it and returns the exception the dispatcher
   * throws.
   *
   * @return a {@link HookAbortedException} whose cause is {@code error}
   */
  public RuntimeException aborted(String event, Class<?> hook, long start, Throwable error) {
    rethrowIfFatal(error);
    boolean rejection = error instanceof HookRejection;
    report(failure(event, hook, Consequence.ABORTED, rejection ? "rejected the operation" : reasonOf(error), error, start));
    return new HookAbortedException(event, hook, error, rejection);
  }

  /**
   * An after-hook threw (or timed out): reports it. Returns normally so the remaining hooks run,
   * unless the runtime is strict, in which case it throws {@link HookAbortedException}.
   */
  public void afterFailed(String event, Class<?> hook, long start, Throwable error) {
    rethrowIfFatal(error);
    report(failure(event, hook, Consequence.ISOLATED, reasonOf(error), error, start));
    if (strict) {
      throw new HookAbortedException(event, hook, error, false);
    }
  }

  /** A transform hook threw (or timed out): reports it; the dispatcher keeps the input (or throws if strict). */
  public void transformFailed(String event, Class<?> hook, long start, Throwable error) {
    rethrowIfFatal(error);
    report(failure(event, hook, Consequence.INPUT_KEPT, reasonOf(error), error, start));
    if (strict) {
      throw new HookAbortedException(event, hook, error, false);
    }
  }

  /** A transform hook returned {@code null} for a non-null input: reported; the input is kept. */
  public void transformReturnedNull(String event, Class<?> hook, long start) {
    String reason = "returned null for a non-null input (a missing return?)";
    report(failure(event, hook, Consequence.INPUT_KEPT, reason, null, start));
    if (strict) {
      throw new HookAbortedException(
          event, hook, new NullPointerException(hook.getName() + ".handle " + reason), false);
    }
  }

  /**
   * Runs a hook that returns a value on the executor and waits for it at most {@code
   * timeoutMillis}.
   *
   * @throws HookTimeoutException when the time is up (the hook is interrupted) or the hook could
   *     not be started
   * @throws Throwable whatever the hook threw
   */
  public <T, R> R callWithin(
      long timeoutMillis, String event, Class<?> hook, Call<T, R> call, T entity, HookContext ctx)
      throws Throwable {
    if (closed) {
      throw HookTimeoutException.notStarted(event, hook, timeoutMillis, "the runtime is closed");
    }
    if (!inFlight.tryAcquire()) {
      throw HookTimeoutException.notStarted(event, hook, timeoutMillis,
          maxInFlight + " timed or async hooks are still running (HookRuntime.Builder.maxInFlight)");
    }
    FutureTask<R> task =
        new FutureTask<>(
            () -> {
              try {
                return call.apply(entity, ctx);
              } catch (Exception | Error e) {
                throw e;
              } catch (Throwable other) {
                throw new ExecutionException(other);
              } finally {
                inFlight.release();
              }
            });
    try {
      executor().execute(task);
    } catch (RejectedExecutionException e) {
      inFlight.release();
      throw HookTimeoutException.notStarted(event, hook, timeoutMillis, "the executor rejected it: " + e);
    }
    return await(task, timeoutMillis, event, hook);
  }

  /** Like {@link #callWithin} for a hook that returns nothing. */
  public <T> void runWithin(
      long timeoutMillis, String event, Class<?> hook, Run<T> run, T entity, HookContext ctx)
      throws Throwable {
    callWithin(timeoutMillis, event, hook, (e, c) -> {
      run.accept(e, c);
      return null;
    }, entity, ctx);
  }

  /**
   * Starts an {@code @Async} after-hook on the executor and returns at once. Its start, success,
   * failure or timeout ({@code timeoutMillis > 0}) is reported from the hook's thread; one that
   * cannot be started is reported at once.
   */
  public <T> void runAsync(
      long timeoutMillis, String event, Class<?> hook, Run<T> run, T entity, HookContext ctx) {
    if (closed || !inFlight.tryAcquire()) {
      String why = closed
          ? "the runtime is closed"
          : maxInFlight + " timed or async hooks are still running (HookRuntime.Builder.maxInFlight)";
      report(failure(event, hook, Consequence.ISOLATED, "was not started: " + why, null, 0L));
      return;
    }
    AsyncTask task = new AsyncTask(event, hook, () -> {
      long start = started(event, hook);
      try {
        if (timeoutMillis > 0) {
          runWithin(timeoutMillis, event, hook, run, entity, ctx);
        } else {
          run.accept(entity, ctx);
        }
        succeeded(event, hook, start, null);
      } catch (Throwable error) {
        if (error instanceof VirtualMachineError fatal) {
          throw fatal;
        }
        if (error instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        report(failure(event, hook, Consequence.ISOLATED, reasonOf(error), error, start));
      }
    });
    running.put(task, Boolean.TRUE);
    try {
      executor().execute(task);
    } catch (RejectedExecutionException e) {
      running.remove(task);
      inFlight.release();
      report(failure(event, hook, Consequence.ISOLATED, "was not started: the executor rejected it", e, 0L));
    }
  }

  // ---------------------------------------------------------------- internals

  private <R> R await(FutureTask<R> task, long timeoutMillis, String event, Class<?> hook) throws Throwable {
    try {
      return task.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof ExecutionException wrapped ? wrapped.getCause() : cause;
    } catch (TimeoutException e) {
      task.cancel(true);
      throw HookTimeoutException.expired(event, hook, timeoutMillis);
    } catch (InterruptedException e) {
      task.cancel(true); // the caller was interrupted while waiting: give up the hook
      throw e;
    }
  }

  private Executor executor() {
    if (givenExecutor != null) {
      return givenExecutor;
    }
    ExecutorService own = ownExecutor;
    if (own == null) {
      synchronized (this) {
        own = ownExecutor;
        if (own == null) {
          own = Executors.create();
          ownExecutor = own;
        }
      }
    }
    return own;
  }

  private HookFailure failure(String event, Class<?> hook, Consequence consequence, String reason, Throwable error, long start) {
    Duration took = null;
    if (error instanceof HookTimeoutException timeout) {
      took = Duration.ofMillis(timeout.timeout(TimeUnit.MILLISECONDS));
    } else if (start != 0L) {
      took = since(start);
    }
    return new HookFailure(event, hook, consequence, reason, error, took);
  }

  private static String reasonOf(Throwable error) {
    return error instanceof HookTimeoutException timeout ? timeout.what() : "threw " + error;
  }

  private static Duration since(long start) {
    return start == 0L ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - start);
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

  private void report(HookFailure failure) {
    guard(() -> listener.hookFailed(failure), failure);
  }

  private void guard(Runnable call) {
    guard(call, null);
  }

  /** Calls the listener; a listener's own failure is logged and never changes the outcome. */
  private void guard(Runnable call, HookFailure failure) {
    try {
      call.run();
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable listenerBug) {
      String about = failure == null ? "" : ": " + failure.describe();
      if (failure != null && failure.error() != null && failure.error() != listenerBug) {
        listenerBug.addSuppressed(failure.error()); // keep the hook's own trace in the log
      }
      System.getLogger("dev.hookwire")
          .log(Level.ERROR, "HookListener " + listener.getClass().getName() + " threw" + about, listenerBug);
    }
  }

  private static String key(String event, Class<?> hook) {
    return event + "/" + hook.getName();
  }

  /** A hook body that returns a value, for {@link #callWithin}. */
  @FunctionalInterface
  public interface Call<T, R> {
    R apply(T entity, HookContext ctx) throws Throwable;
  }

  /** A hook body that returns nothing, for {@link #runWithin} and {@link #runAsync}. */
  @FunctionalInterface
  public interface Run<T> {
    void accept(T entity, HookContext ctx) throws Throwable;
  }

  /** An async hook in flight: {@link #close()} abandons the ones still running. */
  private final class AsyncTask implements Runnable {
    final String event;
    final Class<?> hook;
    private final Runnable body;
    private volatile Thread thread;
    private boolean finished;

    AsyncTask(String event, Class<?> hook, Runnable body) {
      this.event = event;
      this.hook = hook;
      this.body = body;
    }

    @Override
    public void run() {
      thread = Thread.currentThread();
      try {
        body.run();
      } finally {
        synchronized (this) {
          finished = true;
        }
        running.remove(this);
        inFlight.release();
      }
    }

    /** Interrupts the hook if it is still running; true if it was. */
    synchronized boolean abandon() {
      if (finished) {
        return false;
      }
      Thread t = thread;
      if (t != null) {
        t.interrupt();
      }
      return true;
    }
  }

  /** Configures a {@link HookRuntime}. */
  public static final class Builder {
    private HookListener listener = HookListener.logging();
    private boolean strict;
    private final Set<String> disabled = new HashSet<>();
    private Predicate<Class<?>> only = hook -> true;
    private Executor executor;
    private int maxInFlight = 256;
    private Duration closeTimeout = Duration.ofSeconds(10);

    private Builder() {}

    /** Who is told about hooks; default {@link HookListener#logging()}. */
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

    /**
     * Switches one hook off without deleting it: the wiring never calls it (a tracing listener
     * hears it skipped). Read when the wiring is constructed.
     */
    public Builder disable(String event, Class<?> hook) {
      disabled.add(key(Objects.requireNonNull(event, "event"), Objects.requireNonNull(hook, "hook")));
      return this;
    }

    /** Runs only {@code hook}: every other hook is switched off, as {@link #disable} does. For the test kit. */
    Builder only(Class<?> hook) {
      Objects.requireNonNull(hook, "hook");
      this.only = hook::equals;
      return this;
    }

    /**
     * Where timed and async hooks run. Default: a virtual thread per hook on JDK 21 and later,
     * daemon platform threads otherwise. An executor given here is not shut down by {@link
     * HookRuntime#close()}.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * How many timed and async hooks may be running at once, including those that ran past their
     * time limit and ignore interruption; a hook beyond that is not started and is reported like
     * a timeout. Default 256.
     */
    public Builder maxInFlight(int maxInFlight) {
      if (maxInFlight < 1) {
        throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
      }
      this.maxInFlight = maxInFlight;
      return this;
    }

    /** How long {@link HookRuntime#close()} waits for async hooks. Default 10 seconds. */
    public Builder closeTimeout(Duration closeTimeout) {
      if (closeTimeout.isNegative()) {
        throw new IllegalArgumentException("closeTimeout must not be negative, was " + closeTimeout);
      }
      this.closeTimeout = closeTimeout;
      return this;
    }

    public HookRuntime build() {
      return new HookRuntime(this);
    }
  }

  /** Lists the keys of the switched-off hooks, for {@link #toString()}. */
  @Override
  public String toString() {
    List<String> off = new ArrayList<>(disabled);
    off.sort(null);
    return "HookRuntime{strict=" + strict + ", tracing=" + tracing + ", maxInFlight=" + maxInFlight
        + ", disabled=" + off + ", closed=" + closed + "}";
  }
}
