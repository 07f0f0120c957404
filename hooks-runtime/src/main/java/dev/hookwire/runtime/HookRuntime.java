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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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
  private final HookListener listener;
  private final boolean strict;
  private final boolean tracing;
  private final Set<String> disabled;
  /** The one hook the test kit runs, or null for every hook. */
  private final Class<?> only;
  private final Executor givenExecutor;
  private final Semaphore inFlight;
  private final int maxInFlight;
  private final Duration closeTimeout;
  private final Map<AsyncTask, Boolean> running = new ConcurrentHashMap<>();
  private volatile ExecutorService ownExecutor;
  private volatile ScheduledExecutorService watchdog;
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
    ScheduledExecutorService dog = watchdog;
    if (dog != null) {
      dog.shutdownNow();
    }
  }

  // ---------------------------------------------------------------- called by generated code

  /**
   * Whether the hook may run: not switched off with {@link Builder#disable}. Called once per hook
   * at construction, so it allocates nothing unless something was switched off (startup pays for
   * every instruction here, interpreted, once per hook).
   */
  public boolean enabled(String event, Class<?> hook) {
    return (only == null || only == hook) && (disabled.isEmpty() || !disabled.contains(key(event, hook)));
  }

  /**
   * Whether the listener hears starts, successes and skips ({@link HookListener#traces()}). The
   * wiring tests it once before reporting a whole list of hooks skipped.
   */
  public boolean traces() {
    return tracing;
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
   * @throws Throwable whatever the hook threw, unchanged
   */
  public <T, R> R callWithin(
      long timeoutMillis, String event, Class<?> hook, Call<T, R> call, T entity, HookContext ctx)
      throws Throwable {
    if (closed) {
      throw HookTimeoutException.notStarted(event, hook, timeoutMillis, "the runtime is closed");
    }
    if (!inFlight.tryAcquire()) {
      throw HookTimeoutException.notStarted(event, hook, timeoutMillis, tooMany());
    }
    TimedTask<R> task = new TimedTask<>(() -> call.apply(entity, ctx));
    try {
      executor().execute(task);
    } catch (RejectedExecutionException e) {
      task.giveUp();
      throw HookTimeoutException.notStarted(event, hook, timeoutMillis, "the executor rejected it: " + e);
    }
    return task.await(timeoutMillis, event, hook);
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
   * failure or timeout ({@code timeoutMillis > 0}: interrupted at the deadline, on its own thread)
   * is reported from the hook's thread; one that cannot be started is reported at once. Each
   * async hook takes one thread and one {@link Builder#maxInFlight} permit until it ends.
   */
  public <T> void runAsync(
      long timeoutMillis, String event, Class<?> hook, Run<T> run, T entity, HookContext ctx) {
    if (closed || !inFlight.tryAcquire()) {
      String why = closed ? "the runtime is closed" : tooMany();
      report(failure(event, hook, Consequence.ISOLATED, "was not started: " + why, null, 0L));
      return;
    }
    AsyncTask task = new AsyncTask(event, hook, timeoutMillis, () -> {
      run.accept(entity, ctx);
      return null;
    });
    running.put(task, Boolean.TRUE);
    try {
      executor().execute(task);
    } catch (RejectedExecutionException e) {
      task.abandon();
      report(failure(event, hook, Consequence.ISOLATED, "was not started: the executor rejected it", e, 0L));
    }
  }

  // ---------------------------------------------------------------- internals

  private String tooMany() {
    return maxInFlight + " timed or async hooks are still running (HookRuntime.Builder.maxInFlight)";
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

  /** Interrupts async hooks at their deadline: one daemon thread, made on first use. */
  private ScheduledExecutorService watchdog() {
    ScheduledExecutorService dog = watchdog;
    if (dog == null) {
      synchronized (this) {
        dog = watchdog;
        if (dog == null) {
          ScheduledThreadPoolExecutor timer =
              new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "hookwire-watchdog");
                thread.setDaemon(true);
                return thread;
              });
          timer.setRemoveOnCancelPolicy(true);
          dog = timer;
          watchdog = dog;
        }
      }
    }
    return dog;
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

  /** A hook body run off the caller's thread. */
  @FunctionalInterface
  private interface Body<R> {
    R run() throws Throwable;
  }

  private static final int QUEUED = 0;
  private static final int RUNNING = 1;
  private static final int DONE = 2;

  /**
   * A timed hook the caller waits for. Its {@code maxInFlight} permit is returned when the hook
   * really ends, or at once if the caller gives up before it started (then it never runs).
   */
  private final class TimedTask<R> implements Runnable {
    private final Body<R> body;
    private final CountDownLatch done = new CountDownLatch(1);
    private int state = QUEUED;
    private Thread thread;
    private R result;
    private Throwable failure;

    TimedTask(Body<R> body) {
      this.body = body;
    }

    @Override
    public void run() {
      synchronized (this) {
        if (state != QUEUED) {
          return; // given up before it started; its permit is back already
        }
        state = RUNNING;
        thread = Thread.currentThread();
      }
      try {
        result = body.run();
      } catch (Throwable t) {
        failure = t;
      } finally {
        synchronized (this) {
          state = DONE;
          thread = null;
        }
        inFlight.release();
        done.countDown();
      }
    }

    R await(long timeoutMillis, String event, Class<?> hook) throws Throwable {
      boolean finished;
      try {
        finished = done.await(timeoutMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        giveUp(); // the caller was interrupted while waiting: give up the hook
        throw e;
      }
      if (!finished) {
        giveUp();
        throw HookTimeoutException.expired(event, hook, timeoutMillis);
      }
      if (failure != null) {
        throw failure;
      }
      return result;
    }

    /** The caller stops waiting: a queued hook never runs; a running one is interrupted. */
    void giveUp() {
      synchronized (this) {
        if (state == QUEUED) {
          state = DONE;
          inFlight.release();
        } else if (state == RUNNING) {
          thread.interrupt();
        }
      }
    }
  }

  /**
   * An async hook in flight. It reports its own outcome once, unless {@link #close()} abandoned
   * it first, which then reports it; at its deadline the watchdog interrupts it and it reports a
   * timeout, however it then ends.
   */
  private final class AsyncTask implements Runnable {
    final String event;
    final Class<?> hook;
    private final long timeoutMillis;
    private final Body<Void> body;
    private int state = QUEUED;
    private Thread thread;
    private boolean abandoned;
    private boolean timedOut;

    AsyncTask(String event, Class<?> hook, long timeoutMillis, Body<Void> body) {
      this.event = event;
      this.hook = hook;
      this.timeoutMillis = timeoutMillis;
      this.body = body;
    }

    @Override
    public void run() {
      synchronized (this) {
        if (state != QUEUED) {
          return; // abandoned before it started; close() reported it and returned its permit
        }
        state = RUNNING;
        thread = Thread.currentThread();
      }
      long start = started(event, hook);
      ScheduledFuture<?> deadline =
          timeoutMillis > 0 ? watchdog().schedule(this::expire, timeoutMillis, TimeUnit.MILLISECONDS) : null;
      Throwable failure = null;
      try {
        body.run();
      } catch (Throwable t) {
        failure = t;
      }
      if (deadline != null) {
        deadline.cancel(false);
      }
      boolean reportIt;
      boolean late;
      synchronized (this) {
        state = DONE;
        thread = null;
        reportIt = !abandoned;
        late = timedOut;
      }
      running.remove(this);
      inFlight.release();
      if (failure instanceof VirtualMachineError fatal) {
        throw fatal;
      }
      if (failure instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      if (!reportIt) {
        return;
      }
      if (late) {
        HookTimeoutException timeout = HookTimeoutException.expired(event, hook, timeoutMillis);
        report(failure(event, hook, Consequence.ISOLATED, timeout.what(), timeout, start));
      } else if (failure != null) {
        report(failure(event, hook, Consequence.ISOLATED, reasonOf(failure), failure, start));
      } else {
        succeeded(event, hook, start, null);
      }
    }

    /** The deadline passed: interrupt the hook; it is reported as timed out however it ends. */
    private synchronized void expire() {
      if (state == RUNNING) {
        timedOut = true;
        thread.interrupt();
      }
    }

    /**
     * Gives the hook up: a queued one never runs, a running one is interrupted. Returns whether it
     * had not ended, in which case the caller reports it (and the hook itself will not).
     */
    boolean abandon() {
      synchronized (this) {
        if (state == DONE) {
          return false;
        }
        abandoned = true;
        if (state == RUNNING) {
          thread.interrupt();
          return true;
        }
        state = DONE;
      }
      running.remove(this);
      inFlight.release();
      return true;
    }
  }

  /** Configures a {@link HookRuntime}. */
  public static final class Builder {
    private HookListener listener = HookListener.logging();
    private boolean strict;
    private final Set<String> disabled = new HashSet<>();
    private Class<?> only;
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
      this.only = Objects.requireNonNull(hook, "hook");
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
