package dev.hookwire.demo;

import dev.hookwire.auth.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Personal workspaces: an organization per user, with the user as its owner. The ids derive from
 * the user id, so provisioning is idempotent: running it twice, or from two threads at once,
 * leaves exactly one organization and one membership. The hooks of {@code dev.hookwire.demo.hooks}
 * share this code; it lives outside the hooks package because every class there is a hook.
 */
public final class Workspaces {
  /** What {@link #ensurePersonalWorkspace} did. */
  public enum Outcome {
    CREATED,
    ALREADY_THERE
  }

  private static final String INSERT_ORGANIZATION = """
      INSERT INTO organization (id, name, slug, created_at)
      SELECT CAST(? AS VARCHAR(80)), CAST(? AS VARCHAR(300)), CAST(? AS VARCHAR(100)), CAST(? AS TIMESTAMP WITH TIME ZONE)
      WHERE NOT EXISTS (SELECT 1 FROM organization WHERE id = ?)""";

  private static final String INSERT_MEMBER = """
      INSERT INTO member (id, organization_id, user_id, role, created_at)
      SELECT CAST(? AS VARCHAR(80)), CAST(? AS VARCHAR(80)), CAST(? AS VARCHAR(64)), 'owner', CAST(? AS TIMESTAMP WITH TIME ZONE)
      WHERE NOT EXISTS (SELECT 1 FROM member WHERE organization_id = ? AND user_id = ?)""";

  private Workspaces() {}

  public static String personalOrganizationId(String userId) {
    return "org_" + userId;
  }

  public static String personalMemberId(String userId) {
    return "mem_" + userId;
  }

  static String personalSlug(String userId) {
    return "personal-" + userId.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String personalName(User user) {
    String name = user.name() == null || user.name().isBlank() ? user.email() : user.name();
    return name + "'s workspace";
  }

  /**
   * Creates the user's personal organization and owner membership unless they exist. Safe to run
   * again and concurrently: {@code INSERT ... WHERE NOT EXISTS} skips what is there, and a
   * concurrent run that wins the race only makes this one find a duplicate key, which counts as
   * already there.
   */
  public static Outcome ensurePersonalWorkspace(DataSource dataSource, User user, Instant now)
      throws SQLException {
    String organizationId = personalOrganizationId(user.id());
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        int inserted;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ORGANIZATION)) {
          insert.setString(1, organizationId);
          insert.setString(2, personalName(user));
          insert.setString(3, personalSlug(user.id()));
          Sql.setInstant(insert, 4, now);
          insert.setString(5, organizationId);
          inserted = insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MEMBER)) {
          insert.setString(1, personalMemberId(user.id()));
          insert.setString(2, organizationId);
          insert.setString(3, user.id());
          Sql.setInstant(insert, 4, now);
          insert.setString(5, organizationId);
          insert.setString(6, user.id());
          inserted += insert.executeUpdate();
        }
        connection.commit();
        return inserted > 0 ? Outcome.CREATED : Outcome.ALREADY_THERE;
      } catch (SQLException e) {
        connection.rollback();
        if (Schema.isDuplicateKey(e)) {
          return Outcome.ALREADY_THERE; // a concurrent run inserted it first
        }
        throw e;
      }
    }
  }

  /**
   * The number of workspaces each user owns, by email: 1 each once provisioned, never more however
   * often the provisioning ran.
   */
  public static Map<String, Integer> personalWorkspaceCounts(DataSource dataSource)
      throws SQLException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT u.email, COUNT(m.id) FROM \"user\" u"
                + " LEFT JOIN member m ON m.user_id = u.id AND m.role = 'owner'"
                + " GROUP BY u.email ORDER BY u.email");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getInt(2));
      }
    }
    return counts;
  }

  /** The organization a user joined first (their personal workspace, once provisioned). */
  public static Optional<String> firstOrganizationOf(DataSource dataSource, String userId)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT organization_id FROM member WHERE user_id = ?"
                + " ORDER BY created_at, organization_id FETCH FIRST 1 ROWS ONLY")) {
      query.setString(1, userId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  /**
   * Sets a session's active organization to the user's first organization, unless it has one.
   *
   * @return the organization now active, if the user belongs to any
   */
  public static Optional<String> activateFirstOrganization(
      DataSource dataSource, String sessionId, String userId, Instant now) throws SQLException {
    Optional<String> organization = firstOrganizationOf(dataSource, userId);
    if (organization.isPresent()) {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement update = connection.prepareStatement(
              "UPDATE \"session\" SET active_organization_id = ?, updated_at = ?"
                  + " WHERE id = ? AND active_organization_id IS NULL")) {
        update.setString(1, organization.get());
        Sql.setInstant(update, 2, now);
        update.setString(3, sessionId);
        update.executeUpdate();
      }
    }
    return organization;
  }

  /** The role of a user in an organization, if they are a member. */
  public static Optional<String> roleOf(DataSource dataSource, String organizationId, String userId)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(
            "SELECT role FROM member WHERE organization_id = ? AND user_id = ?")) {
      query.setString(1, organizationId);
      query.setString(2, userId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  /** An organization's display name, if it exists. */
  public static Optional<String> nameOf(DataSource dataSource, String organizationId)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT name FROM organization WHERE id = ?")) {
      query.setString(1, organizationId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }
}
