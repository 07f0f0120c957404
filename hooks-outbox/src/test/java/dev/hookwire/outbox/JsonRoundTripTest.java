package dev.hookwire.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hookwire.auth.Login;
import dev.hookwire.auth.LoginAttempt;
import dev.hookwire.auth.Session;
import dev.hookwire.auth.User;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The auth catalog's records come back from the outbox exactly as recorded. */
class JsonRoundTripTest {
  static final Instant NANOS = Instant.parse("2026-12-01T10:15:30.123456789Z");
  static final User USER =
      new User("u1", "Zoë \"quoted\" ✓", "zoe@example.com", true, null, NANOS, null);
  static final Session SESSION =
      new Session("s1", "u1", "tok", Instant.EPOCH, null, "Mozilla/5.0", null, NANOS, Instant.MAX);
  static final Login LOGIN = new Login(USER, SESSION);
  static final LoginAttempt ATTEMPT = new LoginAttempt("zoe@example.com", "password", null, null);

  @Test
  void catalogRecordsRoundTripWithInstantsAndNulls() throws SQLException {
    DataSource dataSource = TestDatabases.h2();
    List<DurableEvent> events = new CopyOnWriteArrayList<>();
    Outbox outbox = Outbox.builder(dataSource).target("hook", events::add).build();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      OutboxWriter writer = outbox.writer(connection);
      writer.record("after-user-create", USER, "hook");
      writer.record("after-session-create", SESSION, "hook");
      writer.record("after-login", LOGIN, "hook");
      writer.record("before-login", ATTEMPT, "hook");
      connection.commit();
    }
    while (outbox.drainOnce() > 0) {}

    assertEquals(4, events.size());
    for (DurableEvent event : events) {
      switch (event.eventName()) {
        case "after-user-create" -> assertEquals(USER, event.entity(User.class));
        case "after-session-create" -> assertEquals(SESSION, event.entity(Session.class));
        case "after-login" -> assertEquals(LOGIN, event.entity(Login.class));
        default -> assertEquals(ATTEMPT, event.entity(LoginAttempt.class));
      }
    }
  }
}
