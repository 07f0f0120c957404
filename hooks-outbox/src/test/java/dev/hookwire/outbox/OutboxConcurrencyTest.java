package dev.hookwire.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.auth.User;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Four outbox instances (as four service instances would), one worker each, draining one database:
 * every event delivered, none by two workers at once, counts exact. {@code -Dhookwire.drainEvents}
 * sets the PostgreSQL count (2,000 by default, 10,000 under {@code -Pload}).
 */
class OutboxConcurrencyTest {
  static final String HOOK = "com.acme.hooks.AfterUserCreate";

  @ParameterizedTest
  @CsvSource({"postgres, 0", "h2, 300"})
  void fourWorkersDeliverEveryEventOnceAtATime(String kind, int fixedCount) throws Exception {
    int events = fixedCount > 0 ? fixedCount : Integer.getInteger("hookwire.drainEvents", 2000);
    DataSource dataSource = kind.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres();
    Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    Set<String> inFlight = ConcurrentHashMap.newKeySet();
    Set<String> workers = ConcurrentHashMap.newKeySet();
    AtomicInteger overlaps = new AtomicInteger();
    DurableTarget target = event -> {
      if (!inFlight.add(event.eventId())) {
        overlaps.incrementAndGet();
      }
      workers.add(
          Thread.currentThread().getName() + "@" + System.identityHashCode(Thread.currentThread()));
      deliveries.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
      Thread.yield();
      inFlight.remove(event.eventId());
    };
    List<Outbox> instances = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      instances.add(Outbox.builder(dataSource)
          .target(HOOK, target)
          .batchSize(10)
          .pollInterval(Duration.ofMillis(10))
          .build());
    }
    List<String> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      OutboxWriter writer = instances.get(0).writer(connection);
      for (int i = 0; i < events; i++) {
        ids.add(writer.record("after-user-create", user(i), HOOK));
        if (i % 500 == 499) {
          connection.commit();
        }
      }
      connection.commit();
    }

    List<OutboxWorkers> running = new ArrayList<>();
    for (Outbox instance : instances) {
      running.add(instance.start(1));
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (instances.get(0).counts().delivered() < events && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    running.forEach(OutboxWorkers::close);

    assertEquals(new OutboxCounts(0, events, 0), instances.get(0).counts());
    assertEquals(0, overlaps.get(), "an event was processed by two workers at once");
    assertEquals(Set.copyOf(ids), deliveries.keySet());
    assertTrue(
        deliveries.values().stream().allMatch(n -> n.get() == 1), "an event was delivered twice");
    assertTrue(workers.size() > 1, "the work was shared: " + workers);
  }

  static User user(int i) {
    return new User(
        "u" + i,
        "User " + i,
        "u" + i + "@example.com",
        false,
        null,
        Instant.EPOCH.plusSeconds(i),
        null);
  }

  static void record(DataSource dataSource, Outbox outbox, int count) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        outbox.writer(connection).record("after-user-create", user(i), HOOK);
      }
      connection.commit();
    }
  }
}
