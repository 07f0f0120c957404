package dev.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.RecordingListener.Entry;
import dev.hookwire.runtime.RecordingListener.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class HookTraceTest {
  static final class NormalizeEmail {}

  static final class GateSignup {}

  static final class DefaultAvatar {}

  static final String EVENT = "before-user-create";

  static Entry started(Class<?> hook) {
    return new Entry(Outcome.STARTED, EVENT, hook, null, null, "", null);
  }

  static Entry succeeded(Class<?> hook, Object result) {
    return new Entry(Outcome.SUCCEEDED, EVENT, hook, result, null, "", Duration.ofMillis(1));
  }

  static Entry skipped(Class<?> hook, String reason) {
    return new Entry(Outcome.SKIPPED, EVENT, hook, null, null, reason, null);
  }

  static Entry failed(HookFailure failure) {
    return new Entry(
        failure.isTimeout() ? Outcome.TIMED_OUT : Outcome.FAILED,
        failure.event(),
        failure.hook(),
        null,
        failure,
        failure.reason(),
        failure.took().orElse(null));
  }

  @Test
  void aTraceOfADispatchThatReturned() {
    List<Entry> entries = List.of(
        started(NormalizeEmail.class),
        succeeded(NormalizeEmail.class, "patch-1"),
        started(GateSignup.class),
        succeeded(GateSignup.class, null),
        skipped(DefaultAvatar.class, "tag 'posts' is not one of [users]"));

    HookTrace<String> trace = new HookTrace<>("merged", null, entries);

    assertEquals(Optional.of("merged"), trace.result());
    assertEquals(Optional.empty(), trace.exception());
    assertEquals(List.of(NormalizeEmail.class, GateSignup.class), trace.ran());
    assertEquals(Map.of(DefaultAvatar.class, "tag 'posts' is not one of [users]"), trace.skipped());
    assertEquals(Optional.of("patch-1"), trace.returned(NormalizeEmail.class));
    assertEquals(Optional.empty(), trace.returned(GateSignup.class), "returned null: no change");
    assertEquals(Optional.empty(), trace.returned(DefaultAvatar.class), "skipped");
    assertEquals(List.of(), trace.failures());
    assertEquals(entries, trace.entries());
    assertEquals("""
        before-user-create NormalizeEmail started
        before-user-create NormalizeEmail succeeded -> patch-1 (1000 µs)
        before-user-create GateSignup started
        before-user-create GateSignup succeeded (1000 µs)
        before-user-create DefaultAvatar skipped: tag 'posts' is not one of [users]
        returned merged
        """, trace.toString());
  }

  @Test
  void aTraceOfADispatchThatThrew() {
    IOException io = new IOException("user store down");
    HookFailure failure = new HookFailure(
        EVENT,
        GateSignup.class,
        Consequence.ABORTED,
        "threw " + io,
        Optional.ofNullable(io),
        Optional.of(Duration.ofMillis(4)));
    HookAbortedException aborted = new HookAbortedException(EVENT, GateSignup.class, io, false);

    HookTrace<String> trace = new HookTrace<>(
        null,
        aborted,
        List.of(
            started(NormalizeEmail.class),
            succeeded(NormalizeEmail.class, "patch-1"),
            started(GateSignup.class),
            failed(failure)));

    assertEquals(Optional.empty(), trace.result());
    assertSame(aborted, trace.exception().orElseThrow());
    assertEquals(List.of(failure), trace.failures());
    assertEquals(List.of(NormalizeEmail.class, GateSignup.class), trace.ran());
    assertEquals(Optional.empty(), trace.returned(GateSignup.class));
    assertEquals(
        "before-user-create GateSignup failed: threw java.io.IOException: user store down (4000 µs)\nthrew "
            + aborted + "\n",
        trace
            .toString()
            .substring(trace.toString().indexOf("before-user-create GateSignup failed")));
  }

  @Test
  void skippedKeepsTheOrderOfTheSkipsAndReturnedTheFirstValue() {
    HookTrace<Void> trace = new HookTrace<>(
        null,
        null,
        List.of(
            skipped(GateSignup.class, "chain stopped by NormalizeEmail"),
            skipped(DefaultAvatar.class, "disabled at startup"),
            started(NormalizeEmail.class),
            succeeded(NormalizeEmail.class, "first"),
            started(NormalizeEmail.class),
            succeeded(NormalizeEmail.class, "second")));

    assertEquals(
        List.of(GateSignup.class, DefaultAvatar.class),
        new ArrayList<>(trace.skipped().keySet()));
    assertEquals(Optional.of("first"), trace.returned(NormalizeEmail.class));
    assertEquals(List.of(NormalizeEmail.class, NormalizeEmail.class), trace.ran());
    assertEquals(
        "returned null\n",
        trace.toString().substring(trace.toString().lastIndexOf("returned null")));
  }

  @Test
  void itsEntriesAreACopyThatCannotChange() {
    List<Entry> entries = new ArrayList<>(List.of(started(GateSignup.class)));
    HookTrace<Void> trace = new HookTrace<>(null, null, entries);

    entries.add(started(DefaultAvatar.class));

    assertEquals(1, trace.entries().size());
    assertThrows(UnsupportedOperationException.class, () -> trace.entries().clear());
  }
}
