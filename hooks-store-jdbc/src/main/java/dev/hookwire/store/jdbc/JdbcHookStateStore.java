package dev.hookwire.store.jdbc;

import dev.hookwire.runtime.HookChange;
import dev.hookwire.runtime.HookState;
import dev.hookwire.runtime.HookStateStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * A {@link HookStateStore} in a database (H2 and PostgreSQL are tested), for every instance of the
 * service: give each one's runtime {@code HookRuntime.builder().store(JdbcHookStateStore.create(
 * dataSource))}, and they agree on the hooks within the runtime's poll interval.
 *
 * <p>Two tables, created when missing: {@code hookwire_state}, one row with the revision, the
 * switched-off hooks and the live versions; and {@code hookwire_history}, one row per deploy or
 * rollback. A save is one transaction whose update names the revision it replaces, so of two
 * instances saving at once one wins and the other is told (its runtime adopts the winner's state
 * and refuses its own change).
 */
public final class JdbcHookStateStore implements HookStateStore {
  private static final String STATE = "hookwire_state";
  private static final String HISTORY = "hookwire_history";

  private final DataSource dataSource;

  private JdbcHookStateStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * A store in {@code dataSource}'s database; creates its tables when they are missing.
   *
   * @throws IllegalStateException when the database cannot be reached or the tables created
   */
  public static JdbcHookStateStore create(DataSource dataSource) {
    JdbcHookStateStore store =
        new JdbcHookStateStore(Objects.requireNonNull(dataSource, "dataSource"));
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS " + STATE + " (id INT PRIMARY KEY,"
              + " revision BIGINT NOT NULL, off_hooks VARCHAR NOT NULL, live_versions VARCHAR NOT NULL)");
      statement.execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (seq BIGINT PRIMARY KEY,"
          + " at_millis BIGINT NOT NULL, action VARCHAR(16) NOT NULL, event VARCHAR NOT NULL,"
          + " hook VARCHAR NOT NULL, from_version VARCHAR NOT NULL, to_version VARCHAR NOT NULL,"
          + " by_principal VARCHAR NOT NULL, why VARCHAR NOT NULL)");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the tables of the hooks' state: " + e, e);
    }
    return store;
  }

  @Override
  public Optional<HookState> load() {
    try (Connection connection = dataSource.getConnection()) {
      long revision;
      String off;
      String versions;
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery(
              "SELECT revision, off_hooks, live_versions FROM " + STATE + " WHERE id = 1")) {
        if (!row.next()) {
          return Optional.empty();
        }
        revision = row.getLong(1);
        off = row.getString(2);
        versions = row.getString(3);
      }
      List<HookChange> history = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT at_millis, action, event, hook,"
              + " from_version, to_version, by_principal, why FROM " + HISTORY + " ORDER BY seq")) {
        while (row.next()) {
          history.add(new HookChange(
              Instant.ofEpochMilli(row.getLong(1)),
              HookChange.Action.valueOf(row.getString(2)),
              row.getString(3),
              row.getString(4),
              row.getString(5),
              row.getString(6),
              row.getString(7),
              row.getString(8)));
        }
      }
      return Optional.of(new HookState(revision, keys(off), versions(versions), history));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the hooks' state: " + e, e);
    }
  }

  @Override
  public boolean save(HookState next) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        boolean saved = next.revision() == 1 ? insert(connection, next) : update(connection, next);
        if (!saved) {
          connection.rollback();
          return false;
        }
        appendHistory(connection, next.history());
        connection.commit();
        return true;
      } catch (SQLException e) {
        connection.rollback();
        if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
          return false; // another instance stored the first state at the same time
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the hooks' state: " + e, e);
    }
  }

  private static boolean insert(Connection connection, HookState next) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO " + STATE + " (id, revision, off_hooks, live_versions) VALUES (1, ?, ?, ?)")) {
      insert.setLong(1, next.revision());
      insert.setString(2, text(next.off()));
      insert.setString(3, text(next.liveVersions()));
      return insert.executeUpdate() == 1;
    }
  }

  /** Replaces the state of the revision before {@code next}'s; false when it is not the stored one. */
  private static boolean update(Connection connection, HookState next) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE " + STATE
        + " SET revision = ?, off_hooks = ?, live_versions = ? WHERE id = 1 AND revision = ?")) {
      update.setLong(1, next.revision());
      update.setString(2, text(next.off()));
      update.setString(3, text(next.liveVersions()));
      update.setLong(4, next.revision() - 1);
      return update.executeUpdate() == 1;
    }
  }

  /** Inserts the entries of {@code history} beyond those stored (the state row's lock orders saves). */
  private static void appendHistory(Connection connection, List<HookChange> history)
      throws SQLException {
    long stored;
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + HISTORY)) {
      row.next();
      stored = row.getLong(1);
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY
        + " (seq, at_millis, action, event, hook, from_version, to_version, by_principal, why)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = (int) stored; i < history.size(); i++) {
        HookChange change = history.get(i);
        insert.setLong(1, i + 1L);
        insert.setLong(2, change.at().toEpochMilli());
        insert.setString(3, change.action().name());
        insert.setString(4, change.event());
        insert.setString(5, change.hook());
        insert.setString(6, change.from());
        insert.setString(7, change.to());
        insert.setString(8, change.by());
        insert.setString(9, change.why());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** One key a line, sorted. */
  private static String text(Set<String> keys) {
    return String.join("\n", new TreeSet<>(keys));
  }

  /** One {@code hook=version} a line, sorted (a hook's name has no '='). */
  private static String text(Map<String, String> versions) {
    List<String> lines = new ArrayList<>();
    new java.util.TreeMap<>(versions).forEach((hook, id) -> lines.add(hook + "=" + id));
    return String.join("\n", lines);
  }

  private static Set<String> keys(String text) {
    return text.isEmpty() ? Set.of() : Set.copyOf(List.of(text.split("\n")));
  }

  private static Map<String, String> versions(String text) {
    Map<String, String> versions = new LinkedHashMap<>();
    if (!text.isEmpty()) {
      for (String line : text.split("\n")) {
        int eq = line.indexOf('=');
        versions.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return versions;
  }
}
