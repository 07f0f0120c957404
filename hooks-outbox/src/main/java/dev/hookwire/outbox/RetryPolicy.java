package dev.hookwire.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a failed delivery is tried again: at most {@code maxAttempts} deliveries in all, the
 * n-th retry waiting {@code initialDelay * 2^(n-1)}, capped at {@code maxDelay}, with "equal
 * jitter" (half the delay fixed, half random) so that events failing together do not come back
 * together.
 *
 * @param maxAttempts deliveries before the event is dead-lettered, at least 1
 * @param initialDelay the wait after the first failure, before jitter
 * @param maxDelay the longest wait, before jitter
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {
  /** 10 attempts, 1 s, doubling up to 1 h: about 8.5 minutes of retries before the last. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofHours(1));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= initialDelay <= maxDelay, got " + initialDelay + " and " + maxDelay);
    }
  }

  /**
   * The wait after the {@code attempt}-th delivery failed.
   *
   * @param attempt the attempt that failed, from 1
   * @param random a uniform value in [0, 1)
   */
  public Duration delayAfter(int attempt, double random) {
    long initial = initialDelay.toMillis();
    long cap = maxDelay.toMillis();
    int shift = Math.min(Math.max(attempt - 1, 0), 40);
    long full = initial > (cap >> shift) ? cap : Math.min(cap, initial << shift);
    long half = full / 2;
    return Duration.ofMillis(full - half + (long) (random * half));
  }
}
