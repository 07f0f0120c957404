package dev.hookwire.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The outbox's contract, on H2 and on PostgreSQL alike. */
class OutboxTest {
  static final String HOOK = "com.acme.hooks.AfterUserCreate";
  static final User ALICE = new User(
      "u1",
      "Alice",
      "alice@example.com",
      false,
      null,
      Instant.parse("2026-12-01T10:00:00.123456789Z"),
      null);

  private final MutableClock clock = new MutableClock();
  private final List<DurableEvent> delivered = new CopyOnWriteArrayList<>();

  static DataSource database(String kind) {
    DataSource dataSource = kind.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres();
    TestDatabases.execute(
        dataSource, "CREATE TABLE users (id VARCHAR(36) PRIMARY KEY, email VARCHAR(200))");
    return dataSource;
  }

  private Outbox.Builder outbox(DataSource dataSource, DurableTarget target) {
    return Outbox.builder(dataSource)
        .clock(clock)
        .target(HOOK, target)
        .retryPolicy(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofMinutes(1)))
        .lease(Duration.ofSeconds(30));
  }

  /** The host's sign-up: the user row and its event in one transaction, committed or not. */
  static String signUp(DataSource dataSource, Outbox outbox, User user, boolean commit)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO users VALUES (?, ?)")) {
        insert.setString(1, user.id());
        insert.setString(2, user.email());
        insert.executeUpdate();
      }
      String eventId = outbox.writer(connection).record("after-user-create", user, HOOK);
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
      return eventId;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRolledBackWriteLeavesNoEventAndNoDelivery(String kind) throws SQLException {
    DataSource dataSource = database(kind);
    Outbox outbox = outbox(dataSource, delivered::add).build();

    signUp(dataSource, outbox, ALICE, false);

    assertEquals(0, TestDatabases.count(dataSource, "SELECT COUNT(*) FROM hookwire_outbox"));
    assertEquals(0, outbox.drainOnce());
    assertTrue(delivered.isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aCommittedEventIsDeliveredOnceWithItsIdInTheHookContext(String kind) throws SQLException {
    DataSource dataSource = database(kind);
    Outbox outbox = outbox(dataSource, delivered::add)
        .baseContext(
            HookContext.builder().env("APP_URL", "https://acme.example").build())
        .build();

    String eventId = signUp(dataSource, outbox, ALICE, true);

    assertEquals(1, outbox.drainOnce());
    assertEquals(0, outbox.drainOnce());
    assertEquals(1, delivered.size());
    DurableEvent event = delivered.get(0);
    assertEquals(eventId, event.eventId());
    assertEquals(ALICE, event.entity(User.class));
    HookContext context = event.context();
    assertEquals(eventId, context.metadata(DurableEvent.EVENT_ID).orElseThrow());
    assertEquals("after-user-create", context.metadata(DurableEvent.EVENT_NAME).orElseThrow());
    assertEquals("1", context.metadata(DurableEvent.ATTEMPT).orElseThrow());
    assertEquals("https://acme.example", context.env("APP_URL").orElseThrow());
    assertEquals(new OutboxCounts(0, 1, 0), outbox.counts());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void failuresRetryWithBackoffThenDeadLetterAndReplay(String kind) throws SQLException {
    DataSource dataSource = database(kind);
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger failuresLeft = new AtomicInteger(3);
    Outbox outbox = outbox(dataSource, event -> {
          calls.incrementAndGet();
          if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("workspace service down");
          }
          delivered.add(event);
        })
        .build();
    String eventId = signUp(dataSource, outbox, ALICE, true);

    assertEquals(1, outbox.drainOnce());
    assertEquals(0, outbox.drainOnce(), "the retry waits for its backoff");
    clock.advance(Duration.ofMillis(999)); // first retry: 0.5 s to 1 s
    assertEquals(1, outbox.drainOnce());
    clock.advance(Duration.ofSeconds(2)); // second: 1 s to 2 s
    assertEquals(1, outbox.drainOnce());
    assertEquals(3, calls.get());

    List<DeadLetter> dead = outbox.deadLetters(10);
    assertEquals(1, dead.size());
    assertEquals(eventId, dead.get(0).eventId());
    assertEquals(HOOK, dead.get(0).target());
    assertEquals(3, dead.get(0).attempts());
    assertTrue(
        dead.get(0).lastError().contains("workspace service down"), dead.get(0).lastError());
    clock.advance(Duration.ofHours(1));
    assertEquals(0, outbox.drainOnce(), "a dead letter is not retried");

    assertTrue(outbox.replay(eventId, HOOK));
    assertFalse(outbox.replay(eventId, HOOK), "no longer dead");
    assertEquals(1, outbox.drainOnce());
    assertEquals(1, delivered.size());
    assertEquals(eventId, delivered.get(0).eventId());
    assertEquals(new OutboxCounts(0, 1, 0), outbox.counts());
  }

  /** What a worker that dies in the middle of a delivery leaves behind: a claim nobody finishes. */
  static final class WorkerDied extends Error {
    private static final long serialVersionUID = 1L;
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aCrashedWorkersClaimIsRetakenWhenItsLeaseEnds(String kind) throws SQLException {
    DataSource dataSource = database(kind);
    AtomicInteger calls = new AtomicInteger();
    Outbox outbox = outbox(dataSource, event -> {
          if (calls.incrementAndGet() == 1) {
            throw new WorkerDied();
          }
          delivered.add(event);
        })
        .build();
    String eventId = signUp(dataSource, outbox, ALICE, true);

    assertThrows(WorkerDied.class, outbox::drainOnce);
    clock.advance(Duration.ofSeconds(29));
    assertEquals(0, outbox.drainOnce(), "still leased to the dead worker");
    clock.advance(Duration.ofSeconds(1));
    assertEquals(1, outbox.drainOnce());
    assertEquals(eventId, delivered.get(0).eventId());
    assertEquals(2, delivered.get(0).attempt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theSchemaIsCreatedOnceAndVersioned(String kind) {
    DataSource dataSource = database(kind);
    outbox(dataSource, delivered::add).build();
    outbox(dataSource, delivered::add).build();
    assertEquals(
        1,
        TestDatabases.count(
            dataSource, "SELECT COUNT(*) FROM hookwire_outbox_schema WHERE version = 1"));
    assertEquals(1, TestDatabases.count(dataSource, "SELECT COUNT(*) FROM hookwire_outbox_schema"));

    TestDatabases.execute(dataSource, "UPDATE hookwire_outbox_schema SET version = 2");
    OutboxException e = assertThrows(
        OutboxException.class, () -> outbox(dataSource, delivered::add).build());
    assertTrue(
        e.getMessage().contains("version 2") && e.getMessage().contains("up to 1"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2"})
  void recordingRefusesAutoCommitAndUnknownTargets(String kind) throws SQLException {
    DataSource dataSource = database(kind);
    Outbox outbox = outbox(dataSource, delivered::add).build();
    try (Connection connection = dataSource.getConnection()) {
      IllegalStateException autoCommit =
          assertThrows(IllegalStateException.class, () -> outbox.writer(connection));
      assertTrue(autoCommit.getMessage().contains("auto-commit"), autoCommit.getMessage());

      connection.setAutoCommit(false);
      OutboxWriter writer = outbox.writer(connection);
      IllegalArgumentException unknown = assertThrows(
          IllegalArgumentException.class,
          () -> writer.record("after-user-create", ALICE, "com.acme.Nope"));
      assertTrue(
          unknown.getMessage().contains("'com.acme.Nope'")
              && unknown.getMessage().contains(HOOK),
          unknown.getMessage());

      connection.setAutoCommit(true);
      assertThrows(
          IllegalStateException.class, () -> writer.record("after-user-create", ALICE, HOOK));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2"})
  void aDisabledTargetsEventsAreDeadLetteredUntried(String kind) throws SQLException {
    DataSource dataSource = database(kind);
    Outbox outbox = outbox(dataSource, delivered::add).build();
    outbox.disable(HOOK, "maintenance");
    outbox.disable(HOOK, "twice is fine");
    String eventId = signUp(dataSource, outbox, ALICE, true);

    assertEquals(1, outbox.drainOnce());
    assertTrue(delivered.isEmpty());
    assertEquals(eventId, outbox.deadLetters(10).get(0).eventId());

    String second = signUp(
        dataSource,
        outbox,
        new User("u2", "Bob", "bob@example.com", false, null, null, null),
        true);
    assertEquals(1, outbox.drainOnce());
    assertTrue(delivered.isEmpty());

    assertTrue(outbox.enable(HOOK));
    assertFalse(outbox.enable(HOOK));
    assertTrue(outbox.disabledTargets().isEmpty());
    assertTrue(outbox.replay(eventId, HOOK));
    assertEquals(1, outbox.drainOnce());
    assertEquals(List.of(eventId), delivered.stream().map(DurableEvent::eventId).toList());
    assertEquals(1, outbox.replayAll(HOOK));
    assertEquals(1, outbox.drainOnce());
    assertEquals(
        List.of(eventId, second), delivered.stream().map(DurableEvent::eventId).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2"})
  void deliveredRowsArePurgedWhenOldEnough(String kind) throws SQLException {
    DataSource dataSource = database(kind);
    Outbox outbox = outbox(dataSource, delivered::add).build();
    signUp(dataSource, outbox, ALICE, true);
    outbox.drainOnce();
    clock.advance(Duration.ofDays(7));
    assertEquals(0, outbox.purgeDelivered(Duration.ofDays(7)), "exactly 7 days old, not more");
    clock.advance(Duration.ofMillis(1));
    assertEquals(1, outbox.purgeDelivered(Duration.ofDays(7)));
    assertEquals(new OutboxCounts(0, 0, 0), outbox.counts());
  }
}
