package dev.hookwire.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** An empty database per test: H2 in memory, or one on an embedded PostgreSQL started once. */
final class Databases {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private Databases() {}

  static DataSource of(String kind) throws IOException, SQLException {
    String name = "hookstate" + NEXT.incrementAndGet();
    if (kind.equals("h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      return h2;
    }
    synchronized (Databases.class) {
      if (postgres == null) {
        postgres = EmbeddedPostgres.builder().start();
      }
    }
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return postgres.getDatabase("postgres", name);
  }
}
