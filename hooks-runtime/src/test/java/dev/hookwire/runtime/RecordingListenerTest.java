package dev.hookwire.runtime;

import static dev.hookwire.runtime.Sites.at;
import static dev.hookwire.runtime.Sites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class RecordingListenerTest {
  static final class AfterUserCreate {}

  static final class AuditSignup {}

  static final String EVENT = "after-user-create";

  final RecordingListener recorder = new RecordingListener();

  static HookFailure failure(Class<?> hook, Throwable error, String reason) {
    return new HookFailure(
        EVENT,
        hook,
        Consequence.ISOLATED,
        reason,
        Optional.ofNullable(error),
        Optional.of(Duration.ofMillis(3)));
  }

  @Test
  void tracesSoTheRuntimeTellsItEverything() {
    assertTrue(recorder.traces());
    HookRuntime runtime = HookRuntime.builder().listener(recorder).build();

    long start = at(runtime).started(HookSite.of(EVENT, AfterUserCreate.class));
    at(runtime).succeeded(HookSite.of(EVENT, AfterUserCreate.class), start, null);
    at(runtime)
        .skipped(HookSite.of(EVENT, AuditSignup.class), AuditSignup.class, "disabled at startup");

    assertEquals(
        List.of(Outcome.STARTED, Outcome.SUCCEEDED, Outcome.SKIPPED),
        recorder.entries().stream().map(Entry::outcome).toList());
  }

  @Test
  void remembersEachReportInOrderWithWhatItCarries() {
    IOException io = new IOException("smtp down");
    HookTimeoutException timeout =
        HookTimeoutException.expired(site(200, EVENT, AuditSignup.class));

    recorder.hookStarted(EVENT, AfterUserCreate.class);
    recorder.hookSucceeded(EVENT, AfterUserCreate.class, "patch", Duration.ofMillis(2));
    recorder.hookStarted(EVENT, AuditSignup.class);
    recorder.hookFailed(failure(AuditSignup.class, io, "threw " + io));
    recorder.hookFailed(failure(AuditSignup.class, timeout, timeout.what()));
    recorder.hookSkipped(EVENT, AuditSignup.class, "tag 'posts' is not one of [users]");

    List<Entry> entries = recorder.entries();
    assertEquals(
        List.of(
            Outcome.STARTED,
            Outcome.SUCCEEDED,
            Outcome.STARTED,
            Outcome.FAILED,
            Outcome.TIMED_OUT,
            Outcome.SKIPPED),
        entries.stream().map(Entry::outcome).toList());
    assertEquals("patch", entries.get(1).result());
    assertEquals(Duration.ofMillis(2), entries.get(1).duration());
    assertSame(io, entries.get(3).failure().exception().orElseThrow());
    assertEquals("threw " + io, entries.get(3).reason());
    assertEquals(Duration.ofMillis(3), entries.get(3).duration());
    assertSame(timeout, entries.get(4).failure().exception().orElseThrow());
    assertEquals("tag 'posts' is not one of [users]", entries.get(5).reason());
    assertNull(entries.get(5).duration());
    assertNull(entries.get(0).duration());
    assertEquals("", entries.get(0).reason());
  }

  @Test
  void filtersByOutcomeAndListsWhatRanAndWhatFailed() {
    IOException io = new IOException("x");
    recorder.hookStarted(EVENT, AfterUserCreate.class);
    recorder.hookSucceeded(EVENT, AfterUserCreate.class, null, Duration.ZERO);
    recorder.hookStarted(EVENT, AuditSignup.class);
    recorder.hookFailed(failure(AuditSignup.class, io, "threw " + io));
    recorder.hookSkipped(EVENT, AuditSignup.class, "why");

    assertEquals(List.of(AfterUserCreate.class, AuditSignup.class), recorder.ran());
    assertEquals(1, recorder.failures().size());
    assertSame(io, recorder.failures().get(0).exception().orElseThrow());
    assertEquals(
        List.of(AuditSignup.class),
        recorder.entries(Outcome.SKIPPED).stream().<Class<?>>map(Entry::hook).toList());
    assertEquals(List.of(), recorder.entries(Outcome.TIMED_OUT));
  }

  @Test
  void aFailureWithoutAnErrorIsAFailureNotATimeout() {
    recorder.hookFailed(failure(AuditSignup.class, null, "was not started: the runtime is closed"));

    assertEquals(Outcome.FAILED, recorder.entries().get(0).outcome());
  }

  @Test
  void entriesAreASnapshotAndClearForgetsEverything() {
    recorder.hookStarted(EVENT, AfterUserCreate.class);
    List<Entry> snapshot = recorder.entries();

    recorder.hookStarted(EVENT, AuditSignup.class);

    assertEquals(1, snapshot.size());
    assertThrows(UnsupportedOperationException.class, () -> snapshot.add(snapshot.get(0)));
    recorder.clear();
    assertEquals(List.of(), recorder.entries());
    assertEquals("", recorder.toString());
  }

  @Test
  void readsAsOneLinePerEntry() {
    HookTimeoutException timeout =
        HookTimeoutException.expired(site(200, EVENT, AuditSignup.class));
    recorder.hookStarted(EVENT, AfterUserCreate.class);
    recorder.hookSucceeded(
        EVENT, AfterUserCreate.class, "UserPatch{name=Ada}", Duration.ofNanos(12_345));
    recorder.hookSucceeded(EVENT, AuditSignup.class, null, Duration.ofMillis(1));
    recorder.hookFailed(new HookFailure(
        EVENT,
        AuditSignup.class,
        Consequence.ISOLATED,
        timeout.what(),
        Optional.ofNullable(timeout),
        Optional.of(Duration.ofMillis(200))));
    recorder.hookSkipped(EVENT, AuditSignup.class, "chain stopped by GateSignup");

    assertEquals("""
        after-user-create AfterUserCreate started
        after-user-create AfterUserCreate succeeded -> UserPatch{name=Ada} (12 µs)
        after-user-create AuditSignup succeeded (1000 µs)
        after-user-create AuditSignup timed out: did not finish within 200 ms and was interrupted (200000 µs)
        after-user-create AuditSignup skipped: chain stopped by GateSignup
        """, recorder.toString());
  }

  @Test
  void anEntryNeedsItsOutcomeEventHookAndReason() {
    assertThrows(
        NullPointerException.class,
        () -> new Entry(null, EVENT, AuditSignup.class, null, null, "", null));
    assertThrows(
        NullPointerException.class,
        () -> new Entry(Outcome.STARTED, null, AuditSignup.class, null, null, "", null));
    assertThrows(
        NullPointerException.class,
        () -> new Entry(Outcome.STARTED, EVENT, null, null, null, "", null));
    assertThrows(
        NullPointerException.class,
        () -> new Entry(Outcome.STARTED, EVENT, AuditSignup.class, null, null, null, null));
  }

  @Test
  void isThreadSafe() throws InterruptedException {
    int threads = 8;
    int each = 2_000;
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < each; i++) {
          recorder.hookStarted(EVENT, AfterUserCreate.class);
          recorder.hookSucceeded(EVENT, AfterUserCreate.class, null, Duration.ZERO);
          if (i % 200 == 0) {
            recorder.ran(); // reads while the others write
          }
        }
      });
      worker.start();
      workers.add(worker);
    }
    go.countDown();
    for (Thread worker : workers) {
      worker.join(TimeUnit.SECONDS.toMillis(30));
    }

    assertEquals(threads * each * 2, recorder.entries().size());
    assertEquals(threads * each, recorder.ran().size());
  }
}
