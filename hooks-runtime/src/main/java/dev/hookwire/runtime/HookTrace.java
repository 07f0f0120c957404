package dev.hookwire.runtime;

import dev.hookwire.runtime.RecordingListener.Entry;
import dev.hookwire.runtime.RecordingListener.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one dry run of the {@link HookTestKit} saw: what the dispatcher returned or threw, and
 * every hook's start, result, failure, timeout or skip, in order.
 *
 * @param <R> what the dispatcher returns ({@code Void} for an after-event)
 */
public final class HookTrace<R> {
  private final R result;
  private final Throwable exception;
  private final List<Entry> entries;

  HookTrace(R result, Throwable exception, List<Entry> entries) {
    this.result = result;
    this.exception = exception;
    this.entries = List.copyOf(entries);
  }

  /** What the dispatcher returned: the merged entity, the replacement; empty for void or a throw. */
  public Optional<R> result() {
    return Optional.ofNullable(result);
  }

  /** What the dispatcher threw, typically a {@link HookAbortedException}. */
  public Optional<Throwable> exception() {
    return Optional.ofNullable(exception);
  }

  /** Everything the runtime reported, in order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The hooks that ran, in the order they started. */
  public List<Class<?>> ran() {
    return RecordingListener.ran(entries);
  }

  /** The hooks that were skipped, with why, in order. */
  public Map<Class<?>, String> skipped() {
    Map<Class<?>, String> skipped = new LinkedHashMap<>();
    entries.stream()
        .filter(e -> e.outcome() == Outcome.SKIPPED)
        .forEach(e -> skipped.put(e.hook(), e.reason()));
    return skipped;
  }

  /** Every failure and timeout, in order. */
  public List<HookFailure> failures() {
    return RecordingListener.failures(entries);
  }

  /** What {@code hook} returned (its patch or replacement), if it ran and succeeded with a value. */
  public Optional<Object> returned(Class<?> hook) {
    return entries.stream()
        .filter(e -> e.outcome() == Outcome.SUCCEEDED && e.hook().equals(hook))
        .map(Entry::result)
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** A readable trace: one line per entry, then the result or the exception. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(RecordingListener.lines(entries));
    if (exception != null) {
      out.append("threw ").append(exception).append('\n');
    } else {
      out.append("returned ").append(result).append('\n');
    }
    return out.toString();
  }
}
