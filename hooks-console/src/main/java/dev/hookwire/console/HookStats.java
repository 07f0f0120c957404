package dev.hookwire.console;

import dev.hookwire.runtime.HookChange;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookSwitch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link HookListener} that counts, per event and hook, the runs, failures, timeouts and
 * rejections since it was created, and remembers the last failure: when, whether it failed or
 * timed out, and the exception's class name, never its message (a SQL error may hold a
 * password). Give it to the runtime next to the host's own listener ({@link #alongside}); it
 * traces ({@link #traces()}), so it hears each hook start, which costs two clock reads per hook.
 * Thread-safe; it holds one small entry per hook that ever ran or failed.
 */
public final class HookStats implements HookListener {

  /** How a failure ended. */
  public enum FailureKind {
    /** The hook threw (or returned null where it must not, or was abandoned at close). */
    FAILED,
    /** The hook ran past its time limit, or could not be started. */
    TIMED_OUT
  }

  /**
   * The last failure of a hook.
   *
   * @param at when the runtime reported it
   * @param kind failed or timed out
   * @param exception the qualified class name of the hook's exception, empty when it threw none
   *     (a null result)
   */
  public record LastFailure(Instant at, FailureKind kind, Optional<String> exception) {
    public LastFailure {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(exception, "exception");
    }
  }

  /**
   * A hook's counts.
   *
   * @param runs how many times it started
   * @param failures how many times it failed, timeouts and rejections not included
   * @param timeouts how many times it ran past its limit or could not be started
   * @param rejections how many times a before-hook denied the operation on purpose ({@code
   *     HookRejection}): not a failure of the hook
   * @param lastFailure its last failure or timeout
   */
  public record Counts(
      long runs, long failures, long timeouts, long rejections, Optional<LastFailure> lastFailure) {
    public Counts {
      Objects.requireNonNull(lastFailure, "lastFailure");
    }
  }

  /** One hook's counters. */
  private static final class Counter {
    final LongAdder runs = new LongAdder();
    final LongAdder failures = new LongAdder();
    final LongAdder timeouts = new LongAdder();
    final LongAdder rejections = new LongAdder();
    final AtomicReference<LastFailure> last = new AtomicReference<>();
  }

  private static final Counts NONE = new Counts(0, 0, 0, 0, Optional.empty());

  /**
   * Event, then the hook's qualified name: both strings are the ones the runtime passes (its
   * event constants, {@link Class#getName()}, which the class keeps), so counting a run looks up
   * two cached hashes and allocates nothing.
   */
  private final ConcurrentMap<String, ConcurrentMap<String, Counter>> counters =
      new ConcurrentHashMap<>();

  private final Clock clock;

  /** Counts from now on; failures are timed by the system clock. */
  public HookStats() {
    this(Clock.systemUTC());
  }

  /** Counts from now on; failures are timed by {@code clock}. */
  public HookStats(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The counts of {@code hook} (its class's qualified name) for {@code event}; zeros if none. */
  public Counts of(String event, String hook) {
    ConcurrentMap<String, Counter> hooks = counters.get(event);
    Counter counter = hooks == null ? null : hooks.get(hook);
    if (counter == null) {
      return NONE;
    }
    return new Counts(
        counter.runs.sum(),
        counter.failures.sum(),
        counter.timeouts.sum(),
        counter.rejections.sum(),
        Optional.ofNullable(counter.last.get()));
  }

  @Override
  public boolean traces() {
    return true;
  }

  @Override
  public void hookStarted(String event, Class<?> hook) {
    counter(event, hook).runs.increment();
  }

  @Override
  public void hookFailed(HookFailure failure) {
    Counter counter = counter(failure.event(), failure.hook());
    if (failure.isRejection()) {
      counter.rejections.increment();
      return;
    }
    FailureKind kind = failure.isTimeout() ? FailureKind.TIMED_OUT : FailureKind.FAILED;
    (kind == FailureKind.TIMED_OUT ? counter.timeouts : counter.failures).increment();
    counter.last.set(new LastFailure(
        clock.instant(), kind, failure.exception().map(e -> e.getClass().getName())));
  }

  /**
   * A listener that tells this one and {@code other} everything, this one first: the host's own
   * listener keeps hearing what it heard ({@code other} hears the tracing calls only if it traces
   * itself).
   */
  public HookListener alongside(HookListener other) {
    Objects.requireNonNull(other, "other");
    HookStats stats = this;
    boolean otherTraces = other.traces();
    return new HookListener() {
      @Override
      public void hookFailed(HookFailure failure) {
        stats.hookFailed(failure);
        other.hookFailed(failure);
      }

      @Override
      public boolean traces() {
        return true;
      }

      @Override
      public void hookStarted(String event, Class<?> hook) {
        stats.hookStarted(event, hook);
        if (otherTraces) {
          other.hookStarted(event, hook);
        }
      }

      @Override
      public void hookSucceeded(String event, Class<?> hook, Object result, Duration duration) {
        if (otherTraces) {
          other.hookSucceeded(event, hook, result, duration);
        }
      }

      @Override
      public void hookSkipped(String event, Class<?> hook, String reason) {
        if (otherTraces) {
          other.hookSkipped(event, hook, reason);
        }
      }

      @Override
      public void hookSwitched(HookSwitch change) {
        other.hookSwitched(change);
      }

      @Override
      public void hookChanged(HookChange change) {
        other.hookChanged(change);
      }
    };
  }

  private Counter counter(String event, Class<?> hook) {
    ConcurrentMap<String, Counter> hooks = counters.get(event);
    if (hooks == null) {
      hooks = counters.computeIfAbsent(event, e -> new ConcurrentHashMap<>());
    }
    String name = hook.getName();
    Counter counter = hooks.get(name);
    return counter != null ? counter : hooks.computeIfAbsent(name, n -> new Counter());
  }
}
