package dev.hookwire.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crashes: a worker JVM killed with kill -9 mid-delivery, PostgreSQL restarted with events pending. */
class FaultTest {
  static final String HOOK = "com.acme.hooks.AfterUserCreate";

  @Test
  void aWorkerKilledMidDeliveryIsRedeliveredAfterItsLeaseWithOneWorkspacePerUser()
      throws Exception {
    DataSource dataSource = TestDatabases.postgres();
    TestDatabases.execute(
        dataSource,
        "CREATE TABLE workspaces (user_id VARCHAR(36) PRIMARY KEY, event_id VARCHAR(36))");
    List<DurableEvent> delivered = new CopyOnWriteArrayList<>();
    Duration lease = Duration.ofSeconds(2);
    Outbox outbox = Outbox.builder(dataSource)
        .lease(lease)
        .target(HOOK, event -> {
          CrashingWorker.provisionWorkspace(dataSource, event);
          delivered.add(event);
        })
        .build();
    OutboxConcurrencyTest.record(dataSource, outbox, 1);
    String url;
    try (var connection = dataSource.getConnection()) {
      url = connection.getMetaData().getURL();
    }

    Process worker = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            CrashingWorker.class.getName(),
            url + (url.contains("?") ? "&" : "?") + "user=postgres",
            Long.toString(lease.toMillis()))
        .redirectErrorStream(true)
        .start();
    String eventId = null;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(CrashingWorker.PROVISIONED)) {
          eventId = line.substring(CrashingWorker.PROVISIONED.length());
          break;
        }
      }
      assertTrue(eventId != null, "the worker JVM never reached the delivery");
      Process kill = new ProcessBuilder("kill", "-9", Long.toString(worker.pid()))
          .inheritIO()
          .start();
      assertEquals(0, kill.waitFor());
      assertEquals(137, worker.waitFor(), "killed by SIGKILL");
    }

    assertEquals(0, outbox.drainOnce(), "still leased to the killed worker");
    Thread.sleep(lease.toMillis() + 200);
    assertEquals(1, outbox.drainOnce());
    assertEquals(eventId, delivered.get(0).eventId());
    assertEquals(2, delivered.get(0).attempt());
    assertEquals(new OutboxCounts(0, 1, 0), outbox.counts());
    assertEquals(
        1,
        TestDatabases.count(dataSource, "SELECT COUNT(*) FROM workspaces"),
        "one workspace for the one user");
  }

  @Test
  void eventsPendingWhilePostgresRestartsAreAllDeliveredAfterwards(@TempDir Path dir)
      throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path data = Files.createDirectories(dir.resolve("pgdata"));
    EmbeddedPostgres postgres = start(data, port);
    DataSource dataSource = postgres.getPostgresDatabase();
    int events = 300;
    Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    Outbox outbox = Outbox.builder(dataSource)
        .lease(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(20))
        .batchSize(5)
        .target(HOOK, event -> {
          Thread.sleep(2);
          deliveries.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
        })
        .build();
    OutboxConcurrencyTest.record(dataSource, outbox, events);

    OutboxWorkers workers = outbox.start(2);
    try {
      while (deliveries.size() < 30) {
        Thread.sleep(5);
      }
      postgres.close();
      int deliveredWhileUp = deliveries.size();
      assertTrue(deliveredWhileUp < events, "the database went down with events pending");
      Thread.sleep(500);
      postgres = start(data, port);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (outbox.counts().delivered() < events && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    } finally {
      workers.close();
    }
    try {
      assertEquals(new OutboxCounts(0, events, 0), outbox.counts());
      assertEquals(events, deliveries.size(), "every event delivered at least once");
    } finally {
      postgres.close();
    }
  }

  private static EmbeddedPostgres start(Path data, int port) throws java.io.IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }
}
