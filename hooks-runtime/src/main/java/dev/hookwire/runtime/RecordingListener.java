package dev.hookwire.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A tracing {@link HookListener} that remembers everything, in order: for tests and for the
 * {@link HookTestKit}. Thread-safe.
 *
 * <pre>{@code
 * RecordingListener recorder = new RecordingListener();
 * AuthHooks hooks = new HookWiring(HookRuntime.builder().listener(recorder).build());
 * hooks.afterUserCreate(user, ctx);
 * assertEquals(List.of(AfterUserCreate.class, AuditSignup.class), recorder.ran());
 * }</pre>
 */
public final class RecordingListener implements HookListener {

  /** What happened to a hook. */
  public enum Outcome {
    STARTED,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    SKIPPED
  }

  /**
   * One thing the runtime reported.
   *
   * @param outcome what happened
   * @param event the event, in kebab-case
   * @param hook the hook class
   * @param result what a succeeded hook returned (a patch, a replacement), or null
   * @param failure the failure of a {@code FAILED} or {@code TIMED_OUT} entry, or null
   * @param reason why a hook was skipped or failed; empty otherwise
   * @param duration how long it ran; null for {@code STARTED} and {@code SKIPPED}
   */
  public record Entry(
      Outcome outcome,
      String event,
      Class<?> hook,
      Object result,
      HookFailure failure,
      String reason,
      Duration duration) {
    public Entry {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(hook, "hook");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      StringBuilder line = new StringBuilder(event)
          .append(' ')
          .append(hook.getSimpleName())
          .append(' ')
          .append(outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      if (outcome == Outcome.SUCCEEDED && result != null) {
        line.append(" -> ").append(result);
      }
      if (!reason.isEmpty()) {
        line.append(": ").append(reason);
      }
      if (duration != null) {
        line.append(" (").append(duration.toNanos() / 1_000).append(" µs)");
      }
      return line.toString();
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  /** An empty recorder. */
  public RecordingListener() {}

  @Override
  public boolean traces() {
    return true;
  }

  @Override
  public synchronized void hookStarted(String event, Class<?> hook) {
    entries.add(new Entry(Outcome.STARTED, event, hook, null, null, "", null));
  }

  @Override
  public synchronized void hookSucceeded(
      String event, Class<?> hook, Object result, Duration duration) {
    entries.add(new Entry(Outcome.SUCCEEDED, event, hook, result, null, "", duration));
  }

  @Override
  public synchronized void hookFailed(HookFailure failure) {
    Outcome outcome = failure.isTimeout() ? Outcome.TIMED_OUT : Outcome.FAILED;
    entries.add(new Entry(
        outcome,
        failure.event(),
        failure.hook(),
        null,
        failure,
        failure.reason(),
        failure.took().orElse(null)));
  }

  @Override
  public synchronized void hookSkipped(String event, Class<?> hook, String reason) {
    entries.add(new Entry(Outcome.SKIPPED, event, hook, null, null, reason, null));
  }

  /** Everything reported so far, in order. */
  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The entries with this outcome, in order. */
  public synchronized List<Entry> entries(Outcome outcome) {
    return entries.stream().filter(e -> e.outcome() == outcome).toList();
  }

  /** The hooks that started, in the order they started. */
  public synchronized List<Class<?>> ran() {
    return ran(entries);
  }

  /** Every failure and timeout, in order. */
  public synchronized List<HookFailure> failures() {
    return failures(entries);
  }

  static List<Class<?>> ran(List<Entry> entries) {
    return entries.stream()
        .filter(e -> e.outcome() == Outcome.STARTED)
        .<Class<?>>map(Entry::hook)
        .toList();
  }

  static List<HookFailure> failures(List<Entry> entries) {
    return entries.stream().map(Entry::failure).filter(Objects::nonNull).toList();
  }

  /** One line per entry. */
  static String lines(List<Entry> entries) {
    StringBuilder out = new StringBuilder();
    entries.forEach(e -> out.append(e).append('\n'));
    return out.toString();
  }

  public synchronized void clear() {
    entries.clear();
  }

  @Override
  public synchronized String toString() {
    return lines(entries);
  }
}
