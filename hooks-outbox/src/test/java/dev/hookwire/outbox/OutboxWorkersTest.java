package dev.hookwire.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The workers' own life: closing idle ones returns at once, and a worker outlives an error out of
 * a drain (the PostgreSQL driver throws {@code AssertionError} on a dropped connection).
 */
class OutboxWorkersTest {
  @Test
  void closingIdleWorkersReturnsAtOnceWhateverThePollInterval() throws InterruptedException {
    Outbox outbox =
        Outbox.builder(TestDatabases.h2()).pollInterval(Duration.ofHours(1)).build();
    OutboxWorkers workers = outbox.start(2);
    Thread.sleep(200); // both have found nothing due and are waiting

    assertTimeoutPreemptively(Duration.ofSeconds(5), workers::close);
  }

  @Test
  void aWorkerOutlivesAnErrorThrownOutOfADrain() throws SQLException, InterruptedException {
    DataSource dataSource = TestDatabases.h2();
    AtomicInteger calls = new AtomicInteger();
    Outbox outbox = Outbox.builder(dataSource)
        .pollInterval(Duration.ofMillis(10))
        .lease(Duration.ofMillis(200))
        .target("hook", event -> {
          if (calls.incrementAndGet() == 1) {
            throw new AssertionError("a driver's assertion");
          }
        })
        .build();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      outbox.writer(connection).record("after-user-create", "ann", "hook");
      connection.commit();
    }
    OutboxWorkers workers = outbox.start(1);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (outbox.counts().delivered() < 1 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    workers.close();

    assertEquals(new OutboxCounts(0, 1, 0), outbox.counts());
  }
}
