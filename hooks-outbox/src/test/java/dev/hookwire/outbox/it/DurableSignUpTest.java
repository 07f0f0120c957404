package dev.hookwire.outbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.outbox.MutableClock;
import dev.hookwire.outbox.Outbox;
import dev.hookwire.outbox.OutboxWorkers;
import dev.hookwire.outbox.RetryPolicy;
import dev.hookwire.outbox.TestDatabases;
import dev.hookwire.outbox.it.hooks.AfterUserCreate;
import dev.hookwire.outbox.it.hooks.HookWiring;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.RecordingListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Durable hooks end to end, through the generated wiring: a sign-up whose durable
 * after-user-create hook provisions the workspace. Rolled back, nothing is recorded or delivered;
 * committed, the workspace is provisioned once by a worker, with the event id the hook saw; a
 * delivery that fails after its work is retried and still leaves one workspace. On H2 and
 * embedded PostgreSQL.
 */
class DurableSignUpTest {
  final MutableClock clock = new MutableClock();
  final RecordingListener listener = new RecordingListener();
  HookWiring wiring;

  @BeforeEach
  void wiring() {
    wiring = new HookWiring(HookRuntime.builder().listener(listener).build());
    AfterUserCreate.RAN.clear();
  }

  static DataSource database(String kind) {
    DataSource dataSource = kind.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres();
    TestDatabases.execute(
        dataSource, "CREATE TABLE users (id VARCHAR(36) PRIMARY KEY, name VARCHAR(200))");
    TestDatabases.execute(
        dataSource,
        "CREATE TABLE workspace (owner_id VARCHAR(36) PRIMARY KEY, event_id VARCHAR(36) NOT NULL,"
            + " deliveries INT DEFAULT 0 NOT NULL)");
    return dataSource;
  }

  Outbox outbox(DataSource dataSource) {
    return Outbox.builder(dataSource)
        .durableHooks(wiring)
        .baseContext(HookContext.builder().service(DataSource.class, dataSource).build())
        .retryPolicy(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .clock(clock)
        .build();
  }

  /** The host's sign-up: the user row and the after-event in one transaction. */
  static void signUp(
      DataSource dataSource, Outbox outbox, AuthHooks hooks, User user, boolean commit)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO users (id, name) VALUES (?, ?)")) {
        insert.setString(1, user.id());
        insert.setString(2, user.name());
        insert.executeUpdate();
      }
      hooks.afterUserCreate(user, outbox.context(connection, HookContext.empty()));
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
    }
  }

  static User user(String id, String name) {
    return new User(id, name, id + "@example.com", false, null, Instant.EPOCH, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRolledBackSignUpRecordsNothingAndProvisionsNothing(String kind) throws SQLException {
    DataSource dataSource = database(kind);
    Outbox outbox = outbox(dataSource);

    signUp(dataSource, outbox, wiring, user("u1", "Ann"), false);
    while (outbox.drainOnce() > 0) {}

    assertEquals(0, TestDatabases.count(dataSource, "SELECT COUNT(*) FROM hookwire_outbox"));
    assertEquals(0, TestDatabases.count(dataSource, "SELECT COUNT(*) FROM workspace"));
    assertEquals(List.of("u1"), AfterUserCreate.RAN); // the inline hook ran in the dispatch
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aCommittedSignUpIsProvisionedOnceAfterCommitWithTheEventId(String kind) throws SQLException {
    DataSource dataSource = database(kind);
    Outbox outbox = outbox(dataSource);

    signUp(dataSource, outbox, wiring, user("u1", "Ann"), true);
    assertEquals(0, TestDatabases.count(dataSource, "SELECT COUNT(*) FROM workspace"));
    OutboxWorkers workers = outbox.start(2);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (outbox.counts().delivered() < 1 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    workers.close();

    assertEquals(1, outbox.counts().delivered());
    assertEquals(1, TestDatabases.count(dataSource, "SELECT COUNT(*) FROM workspace"));
    assertEquals(1, TestDatabases.count(dataSource, "SELECT deliveries FROM workspace"));
    assertEquals(
        1,
        TestDatabases.count(
            dataSource,
            "SELECT COUNT(*) FROM workspace w JOIN hookwire_outbox o ON o.event_id = w.event_id"
                + " WHERE o.target = 'dev.hookwire.outbox.it.hooks.ProvisionWorkspace'"));
    assertTrue(wiring.describe().toString().contains("ProvisionWorkspace, durable"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aDeliveryThatFailsAfterItsWorkIsRetriedAndLeavesOneWorkspace(String kind)
      throws SQLException {
    DataSource dataSource = database(kind);
    Outbox outbox = outbox(dataSource);

    signUp(dataSource, outbox, wiring, user("u2", "flaky"), true);
    assertEquals(1, outbox.drainOnce()); // fails after provisioning
    clock.advance(Duration.ofSeconds(2));
    assertEquals(1, outbox.drainOnce());

    assertEquals(1, outbox.counts().delivered());
    assertEquals(1, TestDatabases.count(dataSource, "SELECT COUNT(*) FROM workspace"));
    assertEquals(2, TestDatabases.count(dataSource, "SELECT deliveries FROM workspace"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2"})
  void aSignUpDispatchedWithoutTheOutboxContextFailsAndCommitsNothing(String kind)
      throws SQLException {
    DataSource dataSource = database(kind);
    outbox(dataSource);

    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      IllegalStateException e = assertThrows(
          IllegalStateException.class,
          () -> wiring.afterUserCreate(user("u3", "Cy"), HookContext.empty()));
      assertTrue(e.getMessage().contains("has no DurableRecorder"), e.getMessage());
      connection.rollback();
    }
    assertEquals(0, TestDatabases.count(dataSource, "SELECT COUNT(*) FROM hookwire_outbox"));
  }
}
