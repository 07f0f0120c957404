package dev.hookwire.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A worker JVM for {@link FaultTest}: it claims the pending sign-up events, provisions the first
 * user's workspace, says so on stdout and then hangs in the middle of the delivery, waiting for
 * {@code kill -9}.
 */
public final class CrashingWorker {
  static final String PROVISIONED = "PROVISIONED ";

  private CrashingWorker() {}

  public static void main(String[] args) throws Exception {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(args[0]);
    Outbox outbox = Outbox.builder(dataSource)
        .lease(Duration.ofMillis(Long.parseLong(args[1])))
        .target(FaultTest.HOOK, event -> {
          provisionWorkspace(dataSource, event);
          System.out.println(PROVISIONED + event.eventId());
          System.out.flush();
          Thread.sleep(Long.MAX_VALUE);
        })
        .build();
    outbox.drainOnce();
  }

  /** The durable after-user-create hook: one workspace per user, whatever the redeliveries. */
  static void provisionWorkspace(DataSource dataSource, DurableEvent event) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO workspaces (user_id, event_id) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING")) {
      insert.setString(1, event.entity(dev.hookwire.auth.User.class).id());
      insert.setString(2, event.eventId());
      insert.executeUpdate();
    }
  }
}
