package dev.hookwire.runtime;

import static dev.hookwire.runtime.HookRuntimeExecutionTest.eventually;
import static dev.hookwire.runtime.Sites.at;
import static dev.hookwire.runtime.Sites.site;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.ContextPropagationException.Step;
import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.internal.Dispatch;
import dev.hookwire.runtime.internal.HookSite;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link HookRuntime.Builder#contextPropagator}: the caller's thread-local is captured at dispatch,
 * restored around a timed or async hook on its thread and cleared from that thread after it; a
 * propagator that fails makes the hook fail, never silently; inline hooks capture nothing.
 */
final class ContextPropagatorTest {
  static final String EVENT = "after-login";
  static final HookContext CTX = HookContext.empty();
  static final HookSite TIMED = site(1_000, EVENT, HookRuntimeExecutionTest.TimedHook.class);
  static final HookSite ASYNC =
      HookSite.of(EVENT, HookRuntimeExecutionTest.AsyncHook.class).asynchronous();

  /** The caller's context the propagator carries, like a security context holder. */
  static final ThreadLocal<String> USER = new ThreadLocal<>();

  /** One thread, so the test sees what a pooled thread keeps between two hooks. */
  final ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();

  final RecordingListener recorder = new RecordingListener();
  final List<String> steps = new CopyOnWriteArrayList<>();
  final AtomicInteger captures = new AtomicInteger();

  /** Carries {@link #USER}, noting each step with the thread it ran on. */
  final ContextPropagator carryUser = () -> {
    captures.incrementAndGet();
    String user = USER.get();
    steps.add("capture " + user + " on " + thread());
    return () -> {
      String before = USER.get();
      USER.set(user);
      steps.add("restore " + user + " on " + thread());
      return () -> {
        if (before == null) {
          USER.remove();
        } else {
          USER.set(before);
        }
        steps.add("close on " + thread());
      };
    };
  };

  static String thread() {
    return Thread.currentThread().getName().startsWith("pool") ? "pool" : "caller";
  }

  HookRuntime runtime(ContextPropagator propagator) {
    return HookRuntime.builder()
        .listener(recorder)
        .executor(pool)
        .contextPropagator(propagator)
        .build();
  }

  @AfterEach
  void clean() {
    USER.remove();
    pool.shutdownNow();
  }

  /** What the pool's thread has in {@link #USER} now, outside any hook. */
  String leftOnThePoolThread() throws Exception {
    return pool.submit(USER::get).get();
  }

  @Test
  void aTimedHookSeesTheCallersContextRestoredAroundItAndClearedAfter() throws Throwable {
    USER.set("ada");
    String seen =
        at(runtime(carryUser)).callWithin(TIMED, (e, c) -> USER.get() + "@" + thread(), "x", CTX);

    assertEquals("ada@pool", seen);
    assertEquals(List.of("capture ada on caller", "restore ada on pool", "close on pool"), steps);
    assertNull(leftOnThePoolThread(), "the pool's thread does not keep the caller's context");
  }

  @Test
  void anAsyncHookSeesTheContextOfTheCallAsItWasAtDispatch() throws Exception {
    AtomicReference<String> seen = new AtomicReference<>();
    USER.set("ada");
    at(runtime(carryUser)).runAsync(ASYNC, (e, c) -> seen.set(USER.get()), "x", CTX);
    USER.set("bob"); // the caller goes on; the hook keeps what it had at dispatch

    assertTrue(eventually(() -> steps.contains("close on pool")));
    assertEquals("ada", seen.get());
    assertEquals(List.of("capture ada on caller", "restore ada on pool", "close on pool"), steps);
    assertNull(leftOnThePoolThread());
  }

  @Test
  void aCallerWithoutContextClearsWhatTheThreadHad() throws Throwable {
    pool.submit(() -> USER.set("stale")).get();

    String seen = at(runtime(carryUser)).callWithin(TIMED, (e, c) -> USER.get(), "x", CTX);

    assertNull(seen, "the hook sees the caller's (empty) context, not the thread's leftover");
    assertEquals("stale", leftOnThePoolThread(), "and the thread gets its own back after");
  }

  @Test
  void theScopeIsClosedWhenTheHookThrows() {
    IllegalStateException failure = new IllegalStateException("hook bug");
    USER.set("ada");

    Throwable thrown = assertThrows(
        Throwable.class,
        () -> at(runtime(carryUser))
            .runWithin(
                TIMED,
                (e, c) -> {
                  throw failure;
                },
                "x",
                CTX));

    assertSame(failure, thrown);
    assertEquals("close on pool", steps.get(steps.size() - 1));
  }

  @Test
  void inlineHooksCaptureNothing() {
    Dispatch inline = at(runtime(carryUser));
    long start = inline.started(HookSite.of(EVENT, HookRuntimeExecutionTest.TimedHook.class));
    inline.succeeded(HookSite.of(EVENT, HookRuntimeExecutionTest.TimedHook.class), start, null);

    assertEquals(0, captures.get());
  }

  @Test
  void aFailingCaptureIsTheTimedHooksFailureAndTheHookDoesNotRun() {
    IllegalStateException bug = new IllegalStateException("no context");
    AtomicBoolean ran = new AtomicBoolean();

    ContextPropagationException thrown = assertThrows(
        ContextPropagationException.class,
        () -> at(runtime(() -> {
              throw bug;
            }))
            .runWithin(TIMED, (e, c) -> ran.set(true), "x", CTX));

    assertFalse(ran.get());
    assertEquals(Step.CAPTURE, thrown.step());
    assertSame(bug, thrown.getCause());
    assertEquals(TIMED.hook(), thrown.hook());
    assertEquals(EVENT, thrown.event());
    assertEquals(
        EVENT + " hook " + TIMED.hook().getName() + ": the context propagator's capture() (on the"
            + " dispatching thread, so the hook did not run) threw " + bug,
        thrown.getMessage());
  }

  @Test
  void aNullSnapshotOrScopeIsAFailureToo() {
    ContextPropagationException noSnapshot = assertThrows(
        ContextPropagationException.class,
        () -> at(runtime(() -> null)).runWithin(TIMED, (e, c) -> {}, "x", CTX));
    assertEquals(Step.CAPTURE, noSnapshot.step());
    assertTrue(noSnapshot.getMessage().endsWith("returned null"), noSnapshot.getMessage());

    AtomicBoolean ran = new AtomicBoolean();
    ContextPropagationException noScope = assertThrows(
        ContextPropagationException.class,
        () -> at(runtime(() -> () -> null)).runWithin(TIMED, (e, c) -> ran.set(true), "x", CTX));
    assertEquals(Step.RESTORE, noScope.step());
    assertFalse(ran.get());
  }

  @Test
  void aFailingRestoreIsTheHooksFailureAndTheHookDoesNotRun() {
    IllegalStateException bug = new IllegalStateException("cannot restore");
    AtomicBoolean ran = new AtomicBoolean();

    ContextPropagationException thrown = assertThrows(
        ContextPropagationException.class,
        () -> at(runtime(() -> () -> {
              throw bug;
            }))
            .runWithin(TIMED, (e, c) -> ran.set(true), "x", CTX));

    assertFalse(ran.get());
    assertEquals(Step.RESTORE, thrown.step());
    assertSame(bug, thrown.getCause());
  }

  @Test
  void aFailingCloseAfterASuccessfulHookIsTheHooksFailure() {
    IllegalStateException bug = new IllegalStateException("cannot close");
    AtomicBoolean ran = new AtomicBoolean();

    ContextPropagationException thrown = assertThrows(
        ContextPropagationException.class,
        () -> at(runtime(() -> () -> () -> {
              throw bug;
            }))
            .runWithin(TIMED, (e, c) -> ran.set(true), "x", CTX));

    assertTrue(ran.get());
    assertEquals(Step.CLOSE, thrown.step());
    assertSame(bug, thrown.getCause());
  }

  @Test
  void aFailingCloseAfterAFailingHookIsAddedToTheHooksOwnFailure() {
    IllegalStateException bug = new IllegalStateException("cannot close");
    IllegalArgumentException failure = new IllegalArgumentException("hook bug");

    Throwable thrown = assertThrows(
        Throwable.class,
        () -> at(runtime(() -> () -> () -> {
              throw bug;
            }))
            .runWithin(
                TIMED,
                (e, c) -> {
                  throw failure;
                },
                "x",
                CTX));

    assertSame(failure, thrown);
    ContextPropagationException suppressed =
        assertInstanceOf(ContextPropagationException.class, thrown.getSuppressed()[0]);
    assertEquals(Step.CLOSE, suppressed.step());
    assertSame(bug, suppressed.getCause());
  }

  @Test
  void aFailingCaptureForAnAsyncHookIsReportedIsolatedAndTheHookDoesNotRun() {
    IllegalStateException bug = new IllegalStateException("no context");
    AtomicBoolean ran = new AtomicBoolean();

    at(runtime(() -> {
          throw bug;
        }))
        .runAsync(ASYNC, (e, c) -> ran.set(true), "x", CTX);

    HookFailure reported = recorder.failures().get(0);
    assertEquals(Consequence.ISOLATED, reported.consequence());
    ContextPropagationException error =
        assertInstanceOf(ContextPropagationException.class, reported.exception().orElseThrow());
    assertEquals(Step.CAPTURE, error.step());
    assertEquals("threw " + error, reported.reason());
    assertFalse(ran.get());
  }

  @Test
  void aFailingRestoreForAnAsyncHookIsReportedIsolated() {
    IllegalStateException bug = new IllegalStateException("cannot restore");
    AtomicBoolean ran = new AtomicBoolean();

    at(runtime(() -> () -> {
          throw bug;
        }))
        .runAsync(ASYNC, (e, c) -> ran.set(true), "x", CTX);

    assertTrue(eventually(() -> !recorder.failures().isEmpty()));
    HookFailure reported = recorder.failures().get(0);
    assertEquals(Consequence.ISOLATED, reported.consequence());
    assertEquals(
        Step.RESTORE,
        assertInstanceOf(ContextPropagationException.class, reported.exception().orElseThrow())
            .step());
    assertFalse(ran.get());
  }

  @Test
  void aVirtualMachineErrorOfThePropagatorPropagatesUnchanged() {
    StackOverflowError fatal = new StackOverflowError();

    Throwable thrown = assertThrows(
        Throwable.class,
        () -> at(runtime(() -> {
              throw fatal;
            }))
            .runWithin(TIMED, (e, c) -> {}, "x", CTX));

    assertSame(fatal, thrown);
    assertArrayEquals(new Throwable[0], thrown.getSuppressed());
  }
}
