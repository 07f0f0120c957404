package dev.hookwire.demo;

import dev.hookwire.auth.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Messages waiting to be sent, in the {@code outbox} table (a mailer would poll it). One welcome
 * message per user: its id derives from the user id, so queueing it again changes nothing.
 */
public final class Outbox {
  public static final String WELCOME = "welcome-email";

  private static final String INSERT = """
      INSERT INTO outbox (id, kind, recipient, subject, body, created_at)
      SELECT CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(320)),
             CAST(? AS VARCHAR(300)), CAST(? AS VARCHAR(4000)), CAST(? AS TIMESTAMP WITH TIME ZONE)
      WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE id = ?)""";

  private Outbox() {}

  public static String welcomeId(String userId) {
    return "welcome_" + userId;
  }

  /** @return whether a message was queued (false: it already was) */
  public static boolean queueWelcome(
      DataSource dataSource, User user, String createdBy, Instant now) throws SQLException {
    String id = welcomeId(user.id());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, id);
      insert.setString(2, WELCOME);
      insert.setString(3, user.email());
      insert.setString(4, "Welcome to Hookwire Demo");
      insert.setString(
          5,
          "Hi " + user.name() + ", " + createdBy
              + " created an account for you. Sign in to set your password.");
      Sql.setInstant(insert, 6, now);
      insert.setString(7, id);
      return insert.executeUpdate() > 0;
    } catch (SQLException e) {
      if (Schema.isDuplicateKey(e)) {
        return false; // queued concurrently
      }
      throw e;
    }
  }
}
