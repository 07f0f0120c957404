package dev.hookwire.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instant ⇄ {@code TIMESTAMP WITH TIME ZONE}, through the JDBC 4.2 {@link OffsetDateTime} mapping. */
public final class Sql {
  private Sql() {}

  public static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setObject(
        index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  public static Instant getInstant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
