package dev.hookwire.outbox.it.hooks;

import dev.hookwire.annotations.Durable;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.DurableHook;
import dev.hookwire.runtime.HookContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Provisions the new user's workspace after the sign-up commits. Idempotent by the user's id: a
 * repeated delivery (after a crash, a lease that ran out) inserts nothing. A user named "flaky"
 * fails its first delivery after writing, as a crash after the work and before the outbox heard
 * of it would.
 */
@Hook("after-user-create")
@Durable
public final class ProvisionWorkspace {
  public void handle(User user, HookContext ctx) throws SQLException {
    String eventId = ctx.metadata(DurableHook.EVENT_ID).orElseThrow();
    DataSource dataSource = ctx.service(DataSource.class);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO workspace (owner_id, event_id) SELECT ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM workspace WHERE owner_id = ?)")) {
      insert.setString(1, user.id());
      insert.setString(2, eventId);
      insert.setString(3, user.id());
      insert.executeUpdate();
      try (PreparedStatement count = connection.prepareStatement(
          "UPDATE workspace SET deliveries = deliveries + 1 WHERE owner_id = ?")) {
        count.setString(1, user.id());
        count.executeUpdate();
      }
    }
    if ("flaky".equals(user.name())
        && ctx.metadata("hookwire.attempt").orElseThrow().equals("1")) {
      throw new SQLException("connection reset after provisioning");
    }
  }
}
