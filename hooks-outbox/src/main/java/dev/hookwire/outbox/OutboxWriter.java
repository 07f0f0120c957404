package dev.hookwire.outbox;

import dev.hookwire.runtime.DurableRecorder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The outbox bound to one host transaction: what it records is committed or rolled back with the
 * host's own writes. Made by {@link Outbox#writer(Connection)}; {@link Outbox#context} puts it in
 * a {@code HookContext} as the {@link DurableRecorder} the generated dispatchers record {@code
 * @Durable} hooks' events with. It never commits, rolls back or closes the connection.
 */
public final class OutboxWriter implements DurableRecorder {
  private final Outbox outbox;
  private final Connection connection;

  OutboxWriter(Outbox outbox, Connection connection) {
    this.outbox = outbox;
    this.connection = connection;
    requireTransaction();
  }

  /**
   * Records an event for the named targets and for every subscriber of {@code eventName}, in the
   * host's transaction.
   *
   * @param eventName the event, for example {@code "after-user-create"}
   * @param entity the event's entity, stored as JSON
   * @param targets durable hooks by class name, each registered in the outbox
   * @return the event's stable id, the same for all its targets and on every delivery
   * @throws IllegalArgumentException if a target is not registered in the outbox
   * @throws IllegalStateException if the connection is in auto-commit mode (no transaction)
   * @throws OutboxException if the database refused the write
   */
  public String record(String eventName, Object entity, String... targets) {
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(entity, "entity");
    requireTransaction();
    Set<String> rows = new LinkedHashSet<>();
    for (String target : targets) {
      if (!outbox.hasTarget(target)) {
        throw new IllegalArgumentException("No DurableTarget named '"
            + target
            + "' in this Outbox, so nothing could deliver its events; register it with"
            + " Outbox.builder(dataSource).target(\""
            + target
            + "\", target). Registered: "
            + outbox.targetNames());
      }
      rows.add(target);
    }
    rows.addAll(outbox.subscribersOf(eventName));
    String eventId = UUID.randomUUID().toString();
    if (rows.isEmpty()) {
      return eventId;
    }
    String json = outbox.toJson(entity);
    long now = outbox.now();
    try (PreparedStatement insert = connection.prepareStatement(OutboxSql.INSERT)) {
      for (String target : rows) {
        insert.setString(1, eventId);
        insert.setString(2, target);
        insert.setString(3, eventName);
        insert.setString(4, json);
        insert.setLong(5, now);
        insert.setLong(6, now);
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new OutboxException(
          "Could not record event " + eventName + " " + eventId + " for " + rows, e);
    }
    return eventId;
  }

  /**
   * What a generated dispatcher calls for the {@code @Durable} hooks of an event: {@link
   * #record(String, Object, String...)} for those hooks.
   */
  @Override
  public String record(String event, Object entity, List<String> hooks) {
    return record(event, entity, hooks.toArray(String[]::new));
  }

  /** The targets an event of this name goes to without being named: its subscribers. */
  public List<String> subscribersOf(String eventName) {
    return List.copyOf(outbox.subscribersOf(eventName));
  }

  private void requireTransaction() {
    try {
      if (connection.getAutoCommit()) {
        throw new IllegalStateException(
            "The connection is in auto-commit mode: an event recorded on it would be committed at"
                + " once, even if the host's write then failed. Record inside the host's"
                + " transaction: connection.setAutoCommit(false) first, commit after.");
      }
    } catch (SQLException e) {
      throw new OutboxException("Could not read the connection's auto-commit mode", e);
    }
  }
}
