package dev.hookwire.runtime;

import dev.hookwire.runtime.ContextPropagationException.Step;
import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.internal.HookSite;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Where timed and async hooks run: the executor, the {@code maxInFlight} permits, the watchdog
 * that interrupts async hooks at their deadline, and what {@link HookRuntime#close()} does to the
 * hooks still running. A hook refused a start is reported like a timeout, with a {@link
 * HookTimeoutException}, and never as started. With a {@link ContextPropagator}, each hook's body is
 * wrapped in the caller's captured context; without one, the body is handed off as it is.
 */
final class OffThread {
  private final HookRuntime runtime;
  private final Executor givenExecutor;
  private final Semaphore inFlight;
  private final int maxInFlight;
  private final Duration closeTimeout;
  /** Null when the runtime has none: then nothing is captured. */
  private final ContextPropagator propagator;

  private final Map<AsyncTask, Boolean> running = new ConcurrentHashMap<>();
  private volatile ExecutorService ownExecutor;
  private volatile ScheduledExecutorService watchdog;
  private volatile boolean closed;

  OffThread(
      HookRuntime runtime,
      Executor givenExecutor,
      int maxInFlight,
      Duration closeTimeout,
      ContextPropagator propagator) {
    this.runtime = runtime;
    this.propagator = propagator;
    this.givenExecutor = givenExecutor;
    this.maxInFlight = maxInFlight;
    this.inFlight = new Semaphore(maxInFlight);
    this.closeTimeout = closeTimeout;
  }

  /** A hook body run off the caller's thread. */
  @FunctionalInterface
  interface Body<R> {
    R run() throws Throwable;
  }

  /**
   * Runs {@code body} on the executor and waits for it at most the site's time limit. Reports
   * the hook started once it is handed off.
   */
  <R> R callWithin(HookSite site, Body<R> body) throws Throwable {
    long timeoutMillis = site.timeoutMillis();
    Body<R> carried = propagator == null ? body : carried(site, body);
    if (closed) {
      throw HookTimeoutException.notStarted(site, "the runtime is closed");
    }
    if (!inFlight.tryAcquire()) {
      throw HookTimeoutException.notStarted(site, tooMany());
    }
    TimedTask<R> task = new TimedTask<>(carried);
    try {
      executor().execute(task);
    } catch (RejectedExecutionException e) {
      task.giveUp();
      throw rejected(site, e);
    }
    runtime.reportStarted(site);
    return task.await(timeoutMillis, site);
  }

  /** Starts an async hook and returns at once: see {@link dev.hookwire.runtime.internal.Dispatch#runAsync}. */
  void runAsync(HookSite site, Body<Void> body) {
    Body<Void> carried = body;
    if (propagator != null) {
      try {
        carried = carried(site, body);
      } catch (ContextPropagationException e) {
        runtime.report(runtime.failure(site, Consequence.ISOLATED, HookRuntime.reasonOf(e), e, 0L));
        return;
      }
    }
    if (closed || !inFlight.tryAcquire()) {
      notStarted(site, closed ? "the runtime is closed" : tooMany());
      return;
    }
    AsyncTask task = new AsyncTask(site, carried);
    running.put(task, Boolean.TRUE);
    try {
      executor().execute(task);
    } catch (RejectedExecutionException e) {
      task.abandon();
      report(rejected(site, e));
    }
  }

  /**
   * Captures the caller's context now, on the caller's thread, and returns {@code body} run inside
   * it on the hook's thread: restored before, the scope closed after, whatever the body did.
   *
   * @throws ContextPropagationException when the capture fails; the hook is then not handed off
   */
  private <R> Body<R> carried(HookSite site, Body<R> body) {
    ContextPropagator.Snapshot snapshot;
    try {
      snapshot = propagator.capture();
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable t) {
      throw new ContextPropagationException(site, Step.CAPTURE, t);
    }
    if (snapshot == null) {
      throw new ContextPropagationException(site, Step.CAPTURE, null);
    }
    return () -> {
      ContextPropagator.Scope scope;
      try {
        scope = snapshot.restore();
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable t) {
        throw new ContextPropagationException(site, Step.RESTORE, t);
      }
      if (scope == null) {
        throw new ContextPropagationException(site, Step.RESTORE, null);
      }
      R result;
      try {
        result = body.run();
      } catch (Throwable hookFailure) {
        close(site, scope, hookFailure);
        throw hookFailure;
      }
      close(site, scope, null);
      return result;
    };
  }

  /** Closes the scope; its failure is the hook's, or is added to the hook's own as suppressed. */
  private static void close(HookSite site, ContextPropagator.Scope scope, Throwable hookFailure) {
    try {
      scope.close();
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable t) {
      ContextPropagationException failed = new ContextPropagationException(site, Step.CLOSE, t);
      if (hookFailure == null) {
        throw failed;
      }
      hookFailure.addSuppressed(failed);
    }
  }

  private static HookTimeoutException rejected(HookSite site, RejectedExecutionException e) {
    HookTimeoutException refused =
        HookTimeoutException.notStarted(site, "the executor rejected it");
    refused.initCause(e);
    return refused;
  }

  private void notStarted(HookSite site, String why) {
    report(HookTimeoutException.notStarted(site, why));
  }

  /** An async hook refused a start: reported like a timeout (TIMED_OUT, a WARNING), never started. */
  private void report(HookTimeoutException refused) {
    runtime.report(
        runtime.failure(refused.site(), Consequence.ISOLATED, refused.what(), refused, 0L));
  }

  /** Stops accepting hooks, waits for the async ones, then abandons and reports the rest. */
  void close() {
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
        runtime.report(new HookFailure(
            task.site.event(),
            task.site.hook(),
            Consequence.ABANDONED,
            "was still running after " + closeTimeout.toMillis() + " ms",
            Optional.empty(),
            Optional.empty()));
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

  int maxInFlight() {
    return maxInFlight;
  }

  private String tooMany() {
    return maxInFlight
        + " timed or async hooks are still running (HookRuntime.Builder.maxInFlight)";
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
          ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
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

    R await(long timeoutMillis, HookSite site) throws Throwable {
      boolean finished;
      try {
        finished = done.await(timeoutMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        giveUp(); // the caller was interrupted while waiting: give up the hook
        throw e;
      }
      if (!finished) {
        giveUp();
        throw HookTimeoutException.expired(site);
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
    final HookSite site;
    private final Body<Void> body;
    private int state = QUEUED;
    private Thread thread;
    private boolean abandoned;
    private boolean timedOut;

    AsyncTask(HookSite site, Body<Void> body) {
      this.site = site;
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
      long start = runtime.reportStarted(site);
      long timeoutMillis = site.timeoutMillis();
      ScheduledFuture<?> deadline = timeoutMillis > 0
          ? watchdog().schedule(this::expire, timeoutMillis, TimeUnit.MILLISECONDS)
          : null;
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
      if (failure instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      // Reported before the task leaves `running`: close() (and so the test kit) returns only once
      // every async hook's outcome has been reported.
      try {
        if (reportIt && !(failure instanceof VirtualMachineError)) {
          report(late, failure, start);
        }
      } finally {
        running.remove(this);
        inFlight.release();
      }
      if (failure instanceof VirtualMachineError fatal) {
        throw fatal;
      }
    }

    private void report(boolean late, Throwable failure, long start) {
      if (late) {
        HookTimeoutException timeout = HookTimeoutException.expired(site);
        runtime.report(runtime.failure(site, Consequence.ISOLATED, timeout.what(), timeout, start));
      } else if (failure != null) {
        runtime.report(runtime.failure(
            site, Consequence.ISOLATED, HookRuntime.reasonOf(failure), failure, start));
      } else {
        runtime.reportSucceeded(site, start, null);
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
}
