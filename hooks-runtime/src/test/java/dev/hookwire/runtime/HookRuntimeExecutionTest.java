package dev.hookwire.runtime;

import static dev.hookwire.runtime.Sites.at;
import static dev.hookwire.runtime.Sites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.RecordingListener.Entry;
import dev.hookwire.runtime.RecordingListener.Outcome;
import dev.hookwire.runtime.internal.HookSite;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Where and how long timed and async hooks run: {@link HookRuntime#callWithin}, {@link
 * HookRuntime#runWithin}, {@link HookRuntime#runAsync}, {@link HookRuntime#close()}, {@code
 * maxInFlight} and the default executor. Time limits are 100 to 300 ms; the assertions only use
 * generous bounds ({@link #SLACK}).
 */
final class HookRuntimeExecutionTest {
  static final long SLACK = 1_000;
  static final String EVENT = "after-user-create";
  static final HookContext CTX = HookContext.builder().path("/sign-up").build();

  /** Stand for hook classes. */
  static final class TimedHook {}

  static final class AsyncHook {}

  final RecordingListener recorder = new RecordingListener();
  final List<HookRuntime> runtimes = new ArrayList<>();
  final CountDownLatch release = new CountDownLatch(1);

  HookRuntime runtime(HookRuntime.Builder builder) {
    HookRuntime runtime = builder.build();
    runtimes.add(runtime);
    return runtime;
  }

  HookRuntime runtime() {
    return runtime(HookRuntime.builder().listener(recorder));
  }

  @AfterEach
  void releaseAndClose() {
    release.countDown();
    runtimes.forEach(HookRuntime::close);
    Thread.interrupted();
  }

  static boolean eventually(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return condition.getAsBoolean();
      }
    }
    return true;
  }

  static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /** A hook body that ignores interruption until {@link #release} (or 10 s), counting the interrupts it swallowed. */
  void hangIgnoringInterrupts(AtomicInteger swallowed) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (release.getCount() > 0 && System.nanoTime() < deadline) {
      try {
        release.await(5, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        swallowed.incrementAndGet();
      }
    }
  }

  /** An executor that queues tasks until told to run them, or runs each on a new thread once switched to direct. */
  static final class QueueingExecutor implements Executor {
    final List<Runnable> queued = new CopyOnWriteArrayList<>();
    volatile boolean direct;

    @Override
    public void execute(Runnable task) {
      if (direct) {
        new Thread(task, "queueing-executor-direct").start();
      } else {
        queued.add(task);
      }
    }

    void runQueued() {
      List<Runnable> tasks = List.copyOf(queued);
      queued.clear();
      tasks.forEach(Runnable::run);
    }
  }

  // ====================================================================== callWithin / runWithin

  @Nested
  class CallWithin {
    @Test
    void returnsWhatTheHookReturnedAndPassesItTheEntityAndTheContext() throws Throwable {
      AtomicReference<Object> seen = new AtomicReference<>();

      String result = at(runtime())
          .callWithin(
              site(1_000, EVENT, TimedHook.class),
              (entity, ctx) -> {
                seen.set(List.of(entity, ctx));
                return entity.toUpperCase(java.util.Locale.ROOT);
              },
              "ada",
              CTX);

      assertEquals("ADA", result);
      assertEquals(List.of("ada", CTX), seen.get());
      assertEquals(
          List.of(Outcome.STARTED),
          recorder.entries().stream().map(Entry::outcome).toList(),
          "callWithin reports the start once the hook is handed off; the wiring reports the rest");
    }

    @Test
    void runsTheHookOnAnotherThread() throws Throwable {
      Thread hookThread = at(runtime())
          .callWithin(
              site(1_000, EVENT, TimedHook.class), (e, c) -> Thread.currentThread(), "x", CTX);

      assertNotSame(Thread.currentThread(), hookThread);
    }

    @Test
    void rethrowsWhatTheHookThrewUnchanged() {
      HookRuntime runtime = runtime();
      for (Throwable thrown : List.of(
          new IOException("disk full"),
          new IllegalStateException("bug"),
          new AssertionError("assert"),
          new Throwable("a bare Throwable"))) {
        Throwable caught = assertThrows(
            Throwable.class,
            () -> at(runtime)
                .callWithin(
                    site(1_000, EVENT, TimedHook.class),
                    (e, c) -> {
                      throw thrown;
                    },
                    "x",
                    CTX));
        assertSame(thrown, caught);
      }
    }

    @Test
    void rethrowsAnExecutionExceptionTheHookThrewUnchanged() {
      HookRuntime runtime = runtime();
      ExecutionException withCause = new ExecutionException(new IOException("inner"));
      ExecutionException withoutCause = new ExecutionException((Throwable) null);
      for (ExecutionException thrown : List.of(withCause, withoutCause)) {
        Throwable caught = assertThrows(
            Throwable.class,
            () -> at(runtime)
                .callWithin(
                    site(1_000, EVENT, TimedHook.class),
                    (e, c) -> {
                      throw thrown;
                    },
                    "x",
                    CTX));
        assertSame(thrown, caught);
      }
    }

    @Test
    void aHookPastItsLimitIsInterruptedAndTheCallerGetsATimeoutAtTheLimit() {
      AtomicBoolean interrupted = new AtomicBoolean();
      long start = System.nanoTime();

      HookTimeoutException e = assertThrows(
          HookTimeoutException.class,
          () -> at(runtime())
              .callWithin(
                  site(150, EVENT, TimedHook.class),
                  (entity, ctx) -> {
                    try {
                      Thread.sleep(10_000);
                    } catch (InterruptedException stop) {
                      interrupted.set(true);
                      throw stop;
                    }
                    return "late";
                  },
                  "x",
                  CTX));
      long took = millisSince(start);

      assertTrue(
          took >= 100 && took < 150 + SLACK, "gave up after " + took + " ms on a 150 ms limit");
      assertEquals(EVENT, e.event());
      assertEquals(TimedHook.class, e.hook());
      assertEquals(150, e.timeout(TimeUnit.MILLISECONDS));
      assertEquals(0, e.timeout(TimeUnit.SECONDS));
      assertEquals("did not finish within 150 ms and was interrupted", e.what());
      assertEquals(
          EVENT + " hook " + TimedHook.class.getName()
              + " did not finish within 150 ms and was interrupted",
          e.getMessage());
      assertTrue(eventually(interrupted::get), "the hook was interrupted");
    }

    @Test
    void aHookIgnoringInterruptionDoesNotHoldTheCallerButKeepsItsPermitUntilItEnds()
        throws Throwable {
      HookRuntime runtime = runtime(HookRuntime.builder().listener(recorder).maxInFlight(1));
      AtomicInteger swallowed = new AtomicInteger();
      long start = System.nanoTime();

      assertThrows(
          HookTimeoutException.class,
          () -> at(runtime)
              .runWithin(
                  site(100, EVENT, TimedHook.class),
                  (e, c) -> hangIgnoringInterrupts(swallowed),
                  "x",
                  CTX));
      long took = millisSince(start);

      assertTrue(took < 100 + SLACK, "held the caller " + took + " ms");
      assertTrue(eventually(() -> swallowed.get() >= 1), "it was interrupted, and ignored it");
      AtomicBoolean ran = new AtomicBoolean();
      HookTimeoutException rejected = assertThrows(
          HookTimeoutException.class,
          () -> at(runtime)
              .runWithin(site(100, EVENT, TimedHook.class), (e, c) -> ran.set(true), "x", CTX));
      assertEquals(
          "was not started: 1 timed or async hooks are still running (HookRuntime.Builder.maxInFlight)",
          rejected.what());
      assertFalse(ran.get());

      release.countDown();
      assertTrue(
          eventually(() -> {
            try {
              return at(runtime)
                  .callWithin(site(1_000, EVENT, TimedHook.class), (e, c) -> "ok", "x", CTX)
                  .equals("ok");
            } catch (Throwable notYet) {
              return false;
            }
          }),
          "the permit is back once the hung hook ends");
    }

    @Test
    void maxInFlightCountsEveryRunningHook() throws Throwable {
      HookRuntime runtime = runtime(HookRuntime.builder().listener(recorder).maxInFlight(2));
      AtomicInteger swallowed = new AtomicInteger();
      for (int i = 0; i < 2; i++) {
        assertThrows(
            HookTimeoutException.class,
            () -> at(runtime)
                .runWithin(
                    site(100, EVENT, TimedHook.class),
                    (e, c) -> hangIgnoringInterrupts(swallowed),
                    "x",
                    CTX));
      }

      long start = System.nanoTime();
      HookTimeoutException third = assertThrows(
          HookTimeoutException.class,
          () -> at(runtime)
              .callWithin(site(5_000, EVENT, TimedHook.class), (e, c) -> "never", "x", CTX));

      assertTrue(millisSince(start) < SLACK, "rejected at once");
      assertTrue(
          third.what().startsWith("was not started: 2 timed or async hooks are still running"),
          third.what());
      assertEquals(5_000, third.timeout(TimeUnit.MILLISECONDS));
    }

    @Test
    void afterCloseAHookIsNotStarted() {
      HookRuntime runtime = runtime();
      runtime.close();
      AtomicBoolean ran = new AtomicBoolean();

      HookTimeoutException e = assertThrows(
          HookTimeoutException.class,
          () -> at(runtime)
              .runWithin(site(1_000, EVENT, TimedHook.class), (x, c) -> ran.set(true), "x", CTX));

      assertEquals("was not started: the runtime is closed", e.what());
      assertFalse(ran.get());
    }

    @Test
    void aHookTheExecutorRejectsIsNotStartedAndGivesItsPermitBack() throws Throwable {
      AtomicInteger calls = new AtomicInteger();
      Executor rejectFirst = task -> {
        if (calls.incrementAndGet() == 1) {
          throw new RejectedExecutionException("queue full");
        }
        new Thread(task).start();
      };
      HookRuntime runtime =
          runtime(HookRuntime.builder().listener(recorder).executor(rejectFirst).maxInFlight(1));

      HookTimeoutException e = assertThrows(
          HookTimeoutException.class,
          () -> at(runtime)
              .callWithin(site(1_000, EVENT, TimedHook.class), (x, c) -> "never", "x", CTX));

      assertEquals("was not started: the executor rejected it", e.what());
      assertInstanceOf(RejectedExecutionException.class, e.getCause());
      assertTrue(e.getCause().getMessage().contains("queue full"), e.getCause().getMessage());
      assertEquals(
          "ok",
          at(runtime).callWithin(site(1_000, EVENT, TimedHook.class), (x, c) -> "ok", "x", CTX),
          "the permit was given back");
    }

    @Test
    void aHookThatTimesOutBeforeItStartsGivesItsPermitBack() throws Throwable {
      QueueingExecutor executor = new QueueingExecutor();
      HookRuntime runtime =
          runtime(HookRuntime.builder().listener(recorder).executor(executor).maxInFlight(1));
      AtomicBoolean ran = new AtomicBoolean();
      assertThrows(
          HookTimeoutException.class,
          () -> at(runtime)
              .runWithin(site(100, EVENT, TimedHook.class), (x, c) -> ran.set(true), "x", CTX));
      executor.runQueued(); // the cancelled task finally gets a thread: it does nothing
      assertFalse(ran.get(), "a cancelled hook never runs");
      executor.direct = true;

      assertEquals(
          "ok",
          at(runtime).callWithin(site(1_000, EVENT, TimedHook.class), (x, c) -> "ok", "x", CTX));
    }

    @Test
    void aCallerInterruptedWhileWaitingGivesUpTheHookAndKeepsItsInterruptedException() {
      AtomicBoolean hookInterrupted = new AtomicBoolean();
      CountDownLatch started = new CountDownLatch(1);
      HookRuntime runtime = runtime();
      Thread caller = Thread.currentThread();
      Thread interrupter = new Thread(() -> {
        try {
          if (started.await(5, TimeUnit.SECONDS)) {
            caller.interrupt();
          }
        } catch (InterruptedException e) {
          // the test is over
        }
      });
      interrupter.setDaemon(true);
      interrupter.start();

      assertThrows(
          InterruptedException.class,
          () -> at(runtime)
              .callWithin(
                  site(10_000, EVENT, TimedHook.class),
                  (e, c) -> {
                    started.countDown();
                    try {
                      Thread.sleep(10_000);
                    } catch (InterruptedException stop) {
                      hookInterrupted.set(true);
                      throw stop;
                    }
                    return "late";
                  },
                  "x",
                  CTX));

      assertTrue(eventually(hookInterrupted::get), "the hook was cancelled");
    }

    @Test
    void runWithinRunsTheHookAndPropagatesItsFailure() throws Throwable {
      HookRuntime runtime = runtime();
      AtomicReference<Object> seen = new AtomicReference<>();

      at(runtime).runWithin(site(1_000, EVENT, TimedHook.class), (e, c) -> seen.set(e), "ada", CTX);
      IOException failure = new IOException("smtp down");
      IOException caught = assertThrows(
          IOException.class,
          () -> at(runtime)
              .runWithin(
                  site(1_000, EVENT, TimedHook.class),
                  (e, c) -> {
                    throw failure;
                  },
                  "ada",
                  CTX));

      assertEquals("ada", seen.get());
      assertSame(failure, caught);
      HookTimeoutException timeout = assertThrows(
          HookTimeoutException.class,
          () -> at(runtime)
              .runWithin(
                  site(100, EVENT, TimedHook.class), (e, c) -> Thread.sleep(10_000), "ada", CTX));
      assertEquals(100, timeout.timeout(TimeUnit.MILLISECONDS));
    }
  }

  // ====================================================================== runAsync

  @Nested
  class RunAsync {
    @Test
    void returnsAtOnceRunsOnAnotherThreadAndReportsFromThere() {
      HookRuntime runtime = runtime();
      AtomicReference<Thread> hookThread = new AtomicReference<>();
      long start = System.nanoTime();

      at(runtime)
          .runAsync(
              site(0, EVENT, AsyncHook.class),
              (e, c) -> {
                hookThread.set(Thread.currentThread());
                release.await();
              },
              "x",
              CTX);

      assertTrue(millisSince(start) < SLACK);
      assertTrue(eventually(() -> hookThread.get() != null));
      assertNotSame(Thread.currentThread(), hookThread.get());
      assertEquals(
          List.of(Outcome.STARTED),
          recorder.entries().stream().map(Entry::outcome).toList(),
          "still running");
      release.countDown();
      assertTrue(eventually(() -> recorder.entries().size() == 2));
      Entry done = recorder.entries().get(1);
      assertEquals(Outcome.SUCCEEDED, done.outcome());
      assertEquals(AsyncHook.class, done.hook());
      assertNull(done.result());
      assertFalse(done.duration().isNegative());
    }

    @Test
    void aFailureIsReportedIsolatedWithItsDuration() {
      IllegalStateException failure = new IllegalStateException("webhook down");

      at(runtime())
          .runAsync(
              site(0, EVENT, AsyncHook.class),
              (e, c) -> {
                throw failure;
              },
              "x",
              CTX);

      assertTrue(eventually(() -> !recorder.failures().isEmpty()));
      HookFailure reported = recorder.failures().get(0);
      assertSame(failure, reported.exception().orElseThrow());
      assertEquals(Consequence.ISOLATED, reported.consequence());
      assertEquals("threw " + failure, reported.reason());
      assertTrue(reported.took().isPresent());
    }

    @Test
    void aTimeLimitInterruptsItAndReportsATimeout() {
      AtomicBoolean interrupted = new AtomicBoolean();

      at(runtime())
          .runAsync(
              site(100, EVENT, AsyncHook.class),
              (e, c) -> {
                try {
                  Thread.sleep(10_000);
                } catch (InterruptedException stop) {
                  interrupted.set(true);
                  throw stop;
                }
              },
              "x",
              CTX);

      assertTrue(eventually(() -> !recorder.failures().isEmpty()));
      HookFailure reported = recorder.failures().get(0);
      assertTrue(reported.isTimeout());
      assertEquals(Consequence.ISOLATED, reported.consequence());
      assertEquals("did not finish within 100 ms and was interrupted", reported.reason());
      assertEquals(Optional.of(Duration.ofMillis(100)), reported.took());
      assertTrue(eventually(interrupted::get));
    }

    @Test
    void beyondMaxInFlightItIsReportedAtOnceOnTheCallersThreadAndNeverRuns() {
      List<String> heard = new CopyOnWriteArrayList<>();
      HookListener listener =
          failure -> heard.add(Thread.currentThread().getName() + ": " + failure.reason());
      HookRuntime runtime = runtime(HookRuntime.builder().listener(listener).maxInFlight(1));
      AtomicInteger runs = new AtomicInteger();
      at(runtime)
          .runAsync(
              site(0, EVENT, AsyncHook.class),
              (e, c) -> {
                runs.incrementAndGet();
                release.await();
              },
              "x",
              CTX);
      assertTrue(eventually(() -> runs.get() == 1));

      at(runtime)
          .runAsync(site(0, EVENT, AsyncHook.class), (e, c) -> runs.incrementAndGet(), "x", CTX);

      assertEquals(
          List.of(
              Thread.currentThread().getName()
                  + ": was not started: 1 timed or async hooks are still running (HookRuntime.Builder.maxInFlight)"),
          heard);
      release.countDown();
      runtime.close();
      assertEquals(1, runs.get());
    }

    @Test
    void afterCloseItIsReportedLikeATimeoutAndNeverStarted() {
      HookRuntime runtime = runtime();
      runtime.close();
      AtomicBoolean ran = new AtomicBoolean();

      at(runtime).runAsync(site(0, EVENT, AsyncHook.class), (e, c) -> ran.set(true), "x", CTX);

      assertEquals(1, recorder.failures().size());
      HookFailure failure = recorder.failures().get(0);
      assertEquals("was not started: the runtime is closed", failure.reason());
      assertEquals(Consequence.ISOLATED, failure.consequence());
      assertInstanceOf(HookTimeoutException.class, failure.exception().orElseThrow());
      assertTrue(failure.isTimeout());
      assertEquals(
          List.of(Outcome.TIMED_OUT),
          recorder.entries().stream().map(Entry::outcome).toList());
      assertFalse(ran.get());
    }

    @Test
    void aRejectionByTheExecutorIsReportedAndNeitherLeaksAPermitNorCountsAsRunning() {
      AtomicInteger calls = new AtomicInteger();
      Executor rejectFirst = task -> {
        if (calls.incrementAndGet() == 1) {
          throw new RejectedExecutionException("saturated");
        }
        new Thread(task).start();
      };
      HookRuntime runtime = runtime(HookRuntime.builder()
          .listener(recorder)
          .executor(rejectFirst)
          .maxInFlight(1)
          .closeTimeout(Duration.ofSeconds(5)));

      at(runtime).runAsync(site(0, EVENT, AsyncHook.class), (e, c) -> {}, "x", CTX);
      at(runtime).runAsync(site(0, EVENT, AsyncHook.class), (e, c) -> {}, "y", CTX);
      runtime.close();

      HookFailure rejected = recorder.failures().get(0);
      assertEquals("was not started: the executor rejected it", rejected.reason());
      assertInstanceOf(
          RejectedExecutionException.class, rejected.exception().orElseThrow().getCause());
      assertTrue(rejected.isTimeout(), "reported like a timeout");
      assertEquals(
          1,
          recorder.failures().size(),
          "the second one ran, and nothing was abandoned: " + recorder);
      assertEquals(1, recorder.entries(Outcome.SUCCEEDED).size());
    }

    @Test
    void anAsyncHookWithATimeLimitTakesOnePermit() {
      HookRuntime runtime = runtime(HookRuntime.builder().listener(recorder).maxInFlight(1));
      AtomicBoolean ran = new AtomicBoolean();

      at(runtime).runAsync(site(1_000, EVENT, AsyncHook.class), (e, c) -> ran.set(true), "x", CTX);
      runtime.close();

      assertTrue(ran.get(), recorder::toString);
      assertEquals(List.of(), recorder.failures());
    }
  }

  // ====================================================================== close

  @Nested
  class Close {
    @Test
    void waitsForTheAsyncHooksStillRunning() {
      HookRuntime runtime =
          runtime(HookRuntime.builder().listener(recorder).closeTimeout(Duration.ofSeconds(5)));
      AtomicInteger finished = new AtomicInteger();
      for (int i = 0; i < 3; i++) {
        at(runtime)
            .runAsync(
                site(0, EVENT, AsyncHook.class),
                (e, c) -> {
                  Thread.sleep(200);
                  finished.incrementAndGet();
                },
                "x",
                CTX);
      }

      long start = System.nanoTime();
      runtime.close();
      long took = millisSince(start);

      assertEquals(3, finished.get(), "close returned after all three finished");
      assertTrue(took < 5_000, "close took " + took + " ms");
      assertEquals(3, recorder.entries(Outcome.SUCCEEDED).size());
      assertEquals(List.of(), recorder.failures());
    }

    @Test
    void returnsOnlyOnceEachAsyncHooksOutcomeHasBeenReported() {
      // A listener slow to hear the success: close() must wait for the report, not only for the
      // hook, or the test kit's trace misses it.
      List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
      HookListener slow = new HookListener() {
        @Override
        public void hookFailed(HookFailure failure) {
          heard.add("failed");
        }

        @Override
        public boolean traces() {
          return true;
        }

        @Override
        public void hookSucceeded(String event, Class<?> hook, Object result, Duration duration) {
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          heard.add("succeeded");
        }
      };
      HookRuntime runtime =
          runtime(HookRuntime.builder().listener(slow).closeTimeout(Duration.ofSeconds(5)));
      at(runtime).runAsync(site(0, EVENT, AsyncHook.class), (e, c) -> {}, "x", CTX);

      runtime.close();

      assertEquals(List.of("succeeded"), heard);
    }

    @Test
    void abandonsAndReportsEachHookStillRunningAtTheCloseTimeout() {
      HookRuntime runtime =
          runtime(HookRuntime.builder().listener(recorder).closeTimeout(Duration.ofMillis(150)));
      AtomicInteger swallowed = new AtomicInteger();
      AtomicInteger started = new AtomicInteger();
      for (int i = 0; i < 2; i++) {
        at(runtime)
            .runAsync(
                site(0, EVENT, AsyncHook.class),
                (e, c) -> {
                  started.incrementAndGet();
                  hangIgnoringInterrupts(swallowed);
                },
                "x",
                CTX);
      }
      at(runtime).runAsync(site(0, EVENT, TimedHook.class), (e, c) -> {}, "quick", CTX);
      assertTrue(eventually(() -> started.get() == 2));

      long start = System.nanoTime();
      runtime.close();
      long took = millisSince(start);

      assertTrue(
          took >= 100 && took < 150 + SLACK,
          "close took " + took + " ms with a 150 ms close timeout");
      List<HookFailure> abandoned = recorder.failures();
      assertEquals(2, abandoned.size(), recorder::toString);
      for (HookFailure failure : abandoned) {
        assertEquals(AsyncHook.class, failure.hook());
        assertEquals(Consequence.ABANDONED, failure.consequence());
        assertEquals("was still running after 150 ms", failure.reason());
        assertTrue(failure.exception().isEmpty());
        assertTrue(failure.took().isEmpty());
        assertEquals(
            EVENT + " hook " + AsyncHook.class.getName()
                + " was still running after 150 ms; it was still running when the runtime closed and was abandoned",
            failure.describe());
      }
      assertTrue(eventually(() -> swallowed.get() >= 2), "each abandoned hook was interrupted");
    }

    @Test
    void anAbandonedHookIsReportedOnlyOnce() throws InterruptedException {
      HookRuntime runtime =
          runtime(HookRuntime.builder().listener(recorder).closeTimeout(Duration.ofMillis(100)));
      CountDownLatch ended = new CountDownLatch(2);
      at(runtime)
          .runAsync(
              site(0, EVENT, AsyncHook.class),
              (e, c) -> {
                try {
                  release.await(); // obeys the interrupt
                } finally {
                  ended.countDown();
                }
              },
              "obeys",
              CTX);
      at(runtime)
          .runAsync(
              site(0, EVENT, TimedHook.class),
              (e, c) -> {
                hangIgnoringInterrupts(new AtomicInteger());
                ended.countDown();
              },
              "ignores",
              CTX);
      assertTrue(eventually(() -> recorder.entries(Outcome.STARTED).size() == 2));

      runtime.close();
      release.countDown();
      assertTrue(ended.await(5, TimeUnit.SECONDS));
      Thread.sleep(200); // let a second report show

      assertEquals(
          List.of("FAILED ABANDONED", "FAILED ABANDONED"),
          recorder.entries().stream()
              .filter(e -> e.outcome() != Outcome.STARTED)
              .map(e ->
                  e.outcome() + (e.failure() == null ? "" : " " + e.failure().consequence()))
              .toList(),
          recorder::toString);
    }

    @Test
    void anAbandonedHookThatHadNotStartedNeverRuns() {
      QueueingExecutor executor = new QueueingExecutor();
      HookRuntime runtime = runtime(HookRuntime.builder()
          .listener(recorder)
          .executor(executor)
          .closeTimeout(Duration.ofMillis(50)));
      AtomicBoolean ran = new AtomicBoolean();
      at(runtime).runAsync(site(0, EVENT, AsyncHook.class), (e, c) -> ran.set(true), "x", CTX);

      runtime.close();
      executor.runQueued();

      assertEquals(
          List.of(Consequence.ABANDONED),
          recorder.failures().stream().map(HookFailure::consequence).toList());
      assertFalse(ran.get(), "an abandoned hook does not run after close");
      assertEquals(List.of(), recorder.entries(Outcome.SUCCEEDED));
    }

    @Test
    void isIdempotentAndReportsNothingWhenNothingRuns() {
      HookRuntime runtime =
          runtime(HookRuntime.builder().listener(recorder).closeTimeout(Duration.ofSeconds(5)));

      long start = System.nanoTime();
      runtime.close();
      runtime.close();

      assertTrue(millisSince(start) < SLACK, "nothing to wait for");
      assertEquals(List.of(), recorder.entries());
      assertTrue(runtime.toString().endsWith("closed=true}"), runtime.toString());
    }

    @Test
    void aZeroCloseTimeoutAbandonsAtOnce() {
      HookRuntime runtime =
          runtime(HookRuntime.builder().listener(recorder).closeTimeout(Duration.ZERO));
      AtomicBoolean started = new AtomicBoolean();
      at(runtime)
          .runAsync(
              site(0, EVENT, AsyncHook.class),
              (e, c) -> {
                started.set(true);
                hangIgnoringInterrupts(new AtomicInteger());
              },
              "x",
              CTX);
      assertTrue(eventually(started::get));

      long start = System.nanoTime();
      runtime.close();

      assertTrue(millisSince(start) < SLACK);
      assertEquals("was still running after 0 ms", recorder.failures().get(0).reason());
    }

    @Test
    void doesNotShutDownAnExecutorGivenToTheBuilder() {
      ExecutorService given = java.util.concurrent.Executors.newSingleThreadExecutor();
      try {
        HookRuntime runtime = runtime(HookRuntime.builder().listener(recorder).executor(given));
        at(runtime).runAsync(site(0, EVENT, AsyncHook.class), (e, c) -> {}, "x", CTX);

        runtime.close();

        assertFalse(given.isShutdown());
        assertEquals(1, recorder.entries(Outcome.SUCCEEDED).size());
      } finally {
        given.shutdownNow();
      }
    }

    @Test
    void inlineReportingKeepsWorkingAfterClose() {
      HookRuntime runtime = runtime();
      runtime.close();

      at(runtime).afterFailed(HookSite.of(EVENT, AsyncHook.class), 0L, new IOException("late"));
      RuntimeException aborted = at(runtime)
          .aborted(HookSite.of(EVENT, AsyncHook.class), 0L, new IOException("late"), List.of(), 0);

      assertInstanceOf(HookAbortedException.class, aborted);
      assertEquals(2, recorder.failures().size());
    }
  }

  // ====================================================================== the default executor

  @Nested
  class DefaultExecutor {
    @Test
    void timedAndAsyncHooksRunOnVirtualThreadsOnJdk21AndOnDaemonHookwireThreadsBefore()
        throws Throwable {
      HookRuntime runtime = runtime();
      AtomicReference<Thread> asyncThread = new AtomicReference<>();

      Thread timedThread = at(runtime)
          .callWithin(
              site(1_000, EVENT, TimedHook.class), (e, c) -> Thread.currentThread(), "x", CTX);
      at(runtime)
          .runAsync(
              site(0, EVENT, AsyncHook.class),
              (e, c) -> asyncThread.set(Thread.currentThread()),
              "x",
              CTX);
      assertTrue(eventually(() -> asyncThread.get() != null));

      for (Thread thread : List.of(timedThread, asyncThread.get())) {
        assertTrue(thread.isDaemon(), thread + " never keeps the JVM alive");
        if (Runtime.version().feature() >= 21) {
          assertTrue(thread.toString().startsWith("VirtualThread"), thread.toString());
        } else {
          assertTrue(thread.getName().matches("hookwire-\\d+"), thread.getName());
          assertFalse(thread.toString().contains("VirtualThread"), thread.toString());
        }
      }
    }

    @Test
    void createMakesAFreshExecutorOfTheSameKind() throws Exception {
      ExecutorService executor = Executors.create();
      try {
        Thread thread = executor.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
        if (Runtime.version().feature() >= 21) {
          assertTrue(thread.toString().startsWith("VirtualThread"), thread.toString());
        } else {
          assertTrue(thread.getName().matches("hookwire-\\d+"), thread.getName());
          assertTrue(thread.isDaemon());
        }
      } finally {
        executor.shutdownNow();
      }
    }

    @Test
    void closeShutsDownTheRuntimesOwnExecutorSoItsThreadsEnd() throws Throwable {
      HookRuntime runtime = runtime();
      Set<Thread> hookThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
      for (int i = 0; i < 3; i++) {
        hookThreads.add(at(runtime)
            .callWithin(
                site(1_000, EVENT, TimedHook.class), (e, c) -> Thread.currentThread(), "x", CTX));
      }

      runtime.close();

      assertTrue(
          eventually(() -> hookThreads.stream().noneMatch(Thread::isAlive)),
          "the executor's threads ended: " + hookThreads);
    }
  }

  // ====================================================================== what the wiring calls
  // around a hook

  @Nested
  class Reporting {
    @Test
    void startedAndSucceededTellATracingListenerWithTheDuration() {
      HookRuntime runtime = runtime();

      long start = at(runtime).started(HookSite.of(EVENT, TimedHook.class));
      at(runtime).succeeded(HookSite.of(EVENT, TimedHook.class), start, "patch");

      assertNotEquals(0L, start);
      List<Entry> entries = recorder.entries();
      assertEquals(
          List.of(Outcome.STARTED, Outcome.SUCCEEDED),
          entries.stream().map(Entry::outcome).toList());
      assertEquals("patch", entries.get(1).result());
      assertFalse(entries.get(1).duration().isNegative());
    }

    @Test
    void aNonTracingListenerIsNeverToldOfStartsSuccessesOrSkips() {
      List<String> heard = new CopyOnWriteArrayList<>();
      HookListener quiet = new HookListener() {
        @Override
        public void hookFailed(HookFailure failure) {
          heard.add("failed");
        }

        @Override
        public void hookStarted(String event, Class<?> hook) {
          heard.add("started");
        }

        @Override
        public void hookSucceeded(String event, Class<?> hook, Object result, Duration duration) {
          heard.add("succeeded");
        }

        @Override
        public void hookSkipped(String event, Class<?> hook, String reason) {
          heard.add("skipped");
        }
      };
      HookRuntime runtime = runtime(HookRuntime.builder().listener(quiet));

      long start = at(runtime).started(HookSite.of(EVENT, TimedHook.class));
      at(runtime).succeeded(HookSite.of(EVENT, TimedHook.class), start, null);
      at(runtime).skipped(HookSite.of(EVENT, TimedHook.class), TimedHook.class, "why");
      at(runtime).skippedByTag(HookSite.of(EVENT, TimedHook.class).tagged("users"), "ops");
      at(runtime).afterFailed(HookSite.of(EVENT, TimedHook.class), start, new IOException("x"));

      assertEquals(0L, start);
      assertEquals(List.of("failed"), heard);
    }

    @Test
    void skipReasonsNameTheTagsInOrder() {
      HookRuntime runtime = runtime();

      at(runtime)
          .skippedByTag(
              HookSite.of(EVENT, TimedHook.class).tagged("users", "members", "admins"), "posts");
      at(runtime)
          .skipped(
              HookSite.of(EVENT, AsyncHook.class), AsyncHook.class, "chain stopped by TimedHook");

      assertEquals(
          List.of(
              "TimedHook: tag 'posts' is not one of [admins, members, users]",
              "AsyncHook: chain stopped by TimedHook"),
          recorder.entries(Outcome.SKIPPED).stream()
              .map(e -> e.hook().getSimpleName() + ": " + e.reason())
              .toList());
    }

    @Test
    void enabledIsFalseOnlyForTheHooksSwitchedOffUnderTheirEvent() {
      HookRuntime runtime = runtime(HookRuntime.builder().disable(EVENT, TimedHook.class));

      assertFalse(at(runtime).enabled(HookSite.of(EVENT, TimedHook.class)));
      assertTrue(at(runtime).enabled(HookSite.of("before-user-create", TimedHook.class)));
      assertTrue(at(runtime).enabled(HookSite.of(EVENT, AsyncHook.class)));
      assertEquals(
          "HookRuntime{strict=false, tracing=false, maxInFlight=256, disabled=[after-user-create/"
              + TimedHook.class.getName() + "], closed=false}",
          runtime.toString());
    }

    @Test
    void theBuilderRejectsNonsense() {
      HookRuntime.Builder builder = HookRuntime.builder();

      assertEquals(
          "maxInFlight must be at least 1, was 0",
          assertThrows(IllegalArgumentException.class, () -> builder.maxInFlight(0))
              .getMessage());
      assertEquals(
          "closeTimeout must not be negative, was PT-1S",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> builder.closeTimeout(Duration.ofSeconds(-1)))
              .getMessage());
      assertThrows(NullPointerException.class, () -> builder.executor(null));
      assertThrows(NullPointerException.class, () -> builder.disable(null, TimedHook.class));
      assertThrows(NullPointerException.class, () -> builder.disable(EVENT, null));
    }
  }
}
