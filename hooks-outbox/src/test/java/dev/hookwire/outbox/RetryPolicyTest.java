package dev.hookwire.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy =
      new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(1));

  @Test
  void delaysDoubleWithEqualJitterUpToTheCap() {
    assertEquals(Duration.ofMillis(500), policy.delayAfter(1, 0.0));
    assertEquals(Duration.ofMillis(999), policy.delayAfter(1, 0.999));
    assertEquals(Duration.ofSeconds(1), policy.delayAfter(2, 0.0));
    assertEquals(Duration.ofSeconds(4), policy.delayAfter(4, 0.0));
    assertEquals(Duration.ofSeconds(30), policy.delayAfter(7, 0.0), "64 s capped at 60 s");
    assertEquals(Duration.ofSeconds(30), policy.delayAfter(1000, 0.0), "no overflow");
    assertEquals(Duration.ofMillis(59_999), policy.delayAfter(1000, 0.99999));
  }

  @Test
  void refusesNonsense() {
    assertThrows(
        IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)));
  }
}
