package dev.hookwire.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The outbox's tables and statements. Times are epoch milliseconds in {@code BIGINT} columns, so
 * H2 and PostgreSQL store them alike whatever their time zones.
 *
 * <p>Schema version 1:
 *
 * <ul>
 *   <li>{@code hookwire_outbox_schema(version)}: one row, the schema version;
 *   <li>{@code hookwire_outbox}: one row per (event, target). {@code status} is {@code PENDING},
 *       {@code DELIVERED} or {@code DEAD}. A worker claims a due pending row by setting {@code
 *       claim} to a fresh token and pushing {@code next_attempt_at} to the end of its lease: if it
 *       crashes, the row is due again when the lease ends;
 *   <li>{@code hookwire_outbox_disabled(target)}: targets that must not be tried (a webhook
 *       endpoint that answered 410).
 * </ul>
 */
final class OutboxSql {
  static final int SCHEMA_VERSION = 1;

  private static final List<String> CREATE_V1 = List.of(
      "CREATE TABLE IF NOT EXISTS hookwire_outbox ("
          + " event_id VARCHAR(36) NOT NULL,"
          + " target VARCHAR(300) NOT NULL,"
          + " event_name VARCHAR(200) NOT NULL,"
          + " payload VARCHAR NOT NULL,"
          + " recorded_at BIGINT NOT NULL,"
          + " status VARCHAR(16) NOT NULL,"
          + " attempts INT NOT NULL,"
          + " next_attempt_at BIGINT NOT NULL,"
          + " claim VARCHAR(36),"
          + " last_error VARCHAR(1000),"
          + " finished_at BIGINT,"
          + " PRIMARY KEY (event_id, target))",
      "CREATE INDEX IF NOT EXISTS hookwire_outbox_due ON hookwire_outbox (status, next_attempt_at)",
      "CREATE TABLE IF NOT EXISTS hookwire_outbox_disabled ("
          + " target VARCHAR(300) NOT NULL PRIMARY KEY,"
          + " disabled_at BIGINT NOT NULL,"
          + " reason VARCHAR(1000))");

  static final String INSERT =
      "INSERT INTO hookwire_outbox (event_id, target, event_name, payload, recorded_at, status,"
          + " attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?)";

  static final String DUE =
      "SELECT event_id, target, event_name, payload, recorded_at, attempts FROM hookwire_outbox"
          + " WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?";

  /** The claim itself: a compare-and-set on the attempts read, safe without row locks. */
  static final String CLAIM =
      "UPDATE hookwire_outbox SET attempts = attempts + 1, claim = ?, next_attempt_at = ?"
          + " WHERE event_id = ? AND target = ? AND status = 'PENDING' AND attempts = ?"
          + " AND next_attempt_at <= ?";

  static final String DELIVERED =
      "UPDATE hookwire_outbox SET status = 'DELIVERED', claim = NULL, last_error = NULL,"
          + " finished_at = ? WHERE event_id = ? AND target = ? AND claim = ?";

  static final String RETRY =
      "UPDATE hookwire_outbox SET claim = NULL, next_attempt_at = ?, last_error = ?"
          + " WHERE event_id = ? AND target = ? AND claim = ?";

  static final String DEAD =
      "UPDATE hookwire_outbox SET status = 'DEAD', claim = NULL, last_error = ?, finished_at = ?"
          + " WHERE event_id = ? AND target = ? AND claim = ?";

  static final String LIST_DEAD =
      "SELECT event_id, target, event_name, payload, recorded_at, attempts, finished_at,"
          + " last_error FROM hookwire_outbox WHERE status = 'DEAD' ORDER BY finished_at, event_id"
          + " LIMIT ?";

  static final String REPLAY =
      "UPDATE hookwire_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?,"
          + " last_error = NULL, finished_at = NULL WHERE event_id = ? AND target = ?"
          + " AND status = 'DEAD'";

  static final String REPLAY_TARGET =
      "UPDATE hookwire_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?,"
          + " last_error = NULL, finished_at = NULL WHERE target = ? AND status = 'DEAD'";

  static final String PURGE =
      "DELETE FROM hookwire_outbox WHERE status = 'DELIVERED' AND finished_at < ?";

  static final String COUNT = "SELECT COUNT(*) FROM hookwire_outbox WHERE status = ?";

  static final String DISABLED = "SELECT target FROM hookwire_outbox_disabled";

  static final String DISABLE =
      "INSERT INTO hookwire_outbox_disabled (target, disabled_at, reason) VALUES (?, ?, ?)";

  static final String ENABLE = "DELETE FROM hookwire_outbox_disabled WHERE target = ?";

  private OutboxSql() {}

  /** The databases whose claim differs. */
  enum Dialect {
    /** Row locks skipped by other workers: {@code FOR UPDATE SKIP LOCKED}. */
    POSTGRESQL(" FOR UPDATE SKIP LOCKED"),
    /** H2 and the rest: the compare-and-set of {@link #CLAIM} alone decides. */
    GENERIC("");

    final String lockClause;

    Dialect(String lockClause) {
      this.lockClause = lockClause;
    }

    static Dialect of(Connection connection) throws SQLException {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("postgresql") ? POSTGRESQL : GENERIC;
    }
  }

  /**
   * Creates the tables if missing and checks the version, in one transaction; on PostgreSQL under
   * an advisory lock, so instances starting together do not race on {@code CREATE TABLE}.
   */
  static void migrate(Connection connection, Dialect dialect) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      if (dialect == Dialect.POSTGRESQL) {
        statement.execute("SELECT pg_advisory_xact_lock(7426173)");
      }
      statement.execute("CREATE TABLE IF NOT EXISTS hookwire_outbox_schema (version INT NOT NULL)");
      Integer version = null;
      try (ResultSet rs =
          statement.executeQuery("SELECT MAX(version) FROM hookwire_outbox_schema")) {
        if (rs.next()) {
          int v = rs.getInt(1);
          version = rs.wasNull() ? null : v;
        }
      }
      if (version != null && version > SCHEMA_VERSION) {
        throw new OutboxException("The outbox schema is at version "
            + version
            + " but this Hookwire knows versions up to "
            + SCHEMA_VERSION
            + ": a newer Hookwire created it. Upgrade this service's Hookwire.");
      }
      if (version == null) {
        for (String ddl : CREATE_V1) {
          statement.execute(ddl);
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO hookwire_outbox_schema (version) VALUES (?)")) {
          insert.setInt(1, SCHEMA_VERSION);
          insert.executeUpdate();
        }
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
