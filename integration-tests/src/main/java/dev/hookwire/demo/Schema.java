package dev.hookwire.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The demo's tables: {@code "user"}, {@code "session"}, {@code organization}, {@code member},
 * {@code outbox}. Plain SQL that H2 and PostgreSQL both accept ({@code user} and {@code session}
 * are quoted: reserved words in some databases). Created if missing, so the service can start on
 * an empty database or an existing one.
 */
public final class Schema {
  /** The tables, in creation order (references point backwards). */
  public static final List<String> TABLES =
      List.of("\"user\"", "\"session\"", "organization", "member", "outbox");

  private static final List<String> DDL = List.of("""
          CREATE TABLE IF NOT EXISTS "user" (
            id             VARCHAR(64)  PRIMARY KEY,
            name           VARCHAR(200) NOT NULL,
            email          VARCHAR(320) NOT NULL UNIQUE,
            email_verified BOOLEAN      NOT NULL,
            image          VARCHAR(1000),
            password_hash  VARCHAR(200),
            created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
            updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
          )""", """
          CREATE TABLE IF NOT EXISTS "session" (
            id                     VARCHAR(64)  PRIMARY KEY,
            user_id                VARCHAR(64)  NOT NULL REFERENCES "user" (id),
            token                  VARCHAR(128) NOT NULL UNIQUE,
            expires_at             TIMESTAMP WITH TIME ZONE NOT NULL,
            ip_address             VARCHAR(64),
            user_agent             VARCHAR(500),
            active_organization_id VARCHAR(80),
            created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
            updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
          )""", """
          CREATE TABLE IF NOT EXISTS organization (
            id         VARCHAR(80)  PRIMARY KEY,
            name       VARCHAR(300) NOT NULL,
            slug       VARCHAR(100) NOT NULL UNIQUE,
            created_at TIMESTAMP WITH TIME ZONE NOT NULL
          )""", """
          CREATE TABLE IF NOT EXISTS member (
            id              VARCHAR(80) PRIMARY KEY,
            organization_id VARCHAR(80) NOT NULL REFERENCES organization (id),
            user_id         VARCHAR(64) NOT NULL REFERENCES "user" (id),
            role            VARCHAR(32) NOT NULL,
            created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
            UNIQUE (organization_id, user_id)
          )""", """
          CREATE TABLE IF NOT EXISTS outbox (
            id         VARCHAR(100)  PRIMARY KEY,
            kind       VARCHAR(40)   NOT NULL,
            recipient  VARCHAR(320)  NOT NULL,
            subject    VARCHAR(300)  NOT NULL,
            body       VARCHAR(4000) NOT NULL,
            created_at TIMESTAMP WITH TIME ZONE NOT NULL,
            sent_at    TIMESTAMP WITH TIME ZONE
          )""");

  private Schema() {}

  public static void create(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String ddl : DDL) {
        statement.execute(ddl);
      }
    }
  }

  /** The number of rows of each table, by table name (unquoted), in {@link #TABLES} order. */
  public static Map<String, Integer> rowCounts(DataSource dataSource) throws SQLException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rows.next();
          counts.put(table.replace("\"", ""), rows.getInt(1));
        }
      }
    }
    return counts;
  }

  /**
   * Whether {@code e} is a unique or primary-key violation (SQLState class 23: integrity
   * constraint; 23505 in H2 and PostgreSQL, 23000 in MySQL).
   */
  public static boolean isDuplicateKey(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      String state = next.getSQLState();
      if ("23505".equals(state) || "23000".equals(state)) {
        return true;
      }
    }
    return false;
  }
}
