package dev.hookwire.outbox;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Stopping the workers: an idle worker does not sit out its poll interval first. */
class OutboxWorkersTest {
  @Test
  void closingIdleWorkersReturnsAtOnceWhateverThePollInterval() throws InterruptedException {
    Outbox outbox =
        Outbox.builder(TestDatabases.h2()).pollInterval(Duration.ofHours(1)).build();
    OutboxWorkers workers = outbox.start(2);
    Thread.sleep(200); // both have found nothing due and are waiting

    assertTimeoutPreemptively(Duration.ofSeconds(5), workers::close);
  }
}
