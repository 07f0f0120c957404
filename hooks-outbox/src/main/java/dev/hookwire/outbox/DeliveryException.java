package dev.hookwire.outbox;

import java.time.Duration;
import java.util.Optional;

/**
 * A delivery that failed and should be tried again: after {@link #retryAfter()} when the receiver
 * said when (an HTTP {@code Retry-After}), otherwise after the outbox's exponential backoff.
 */
public class DeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  public DeliveryException(String message) {
    this(message, null);
  }

  /**
   * @param retryAfter when to try again, or null for the outbox's backoff
   */
  public DeliveryException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** When the receiver asked to be tried again, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
