package dev.hookwire.demospring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Personal workspaces: an organization per user, with the user as its owner. The id derives from
 * the username, so provisioning is idempotent: running it again, or from two threads at once,
 * leaves one organization and one membership. The hooks share this bean; it lives outside the
 * hooks package because every class there is a hook.
 */
@Component
public class Workspaces {
  private final JdbcTemplate jdbc;

  public Workspaces(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code org-ada-example-com} for {@code ada@example.com}. */
  public static String personalOrganizationId(String username) {
    return "org-" + username.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** Creates the personal organization and its owner membership; false if both were there. */
  public boolean ensurePersonal(String username) {
    String organization = personalOrganizationId(username);
    boolean created = insert(
        "insert into organization (id, name) values (?, ?)",
        organization,
        username + "'s workspace");
    return insert(
            "insert into member (organization_id, username, role) values (?, ?, 'owner')",
            organization,
            username)
        || created;
  }

  /** The user's first organization, by id. */
  public Optional<String> firstOrganizationOf(String username) {
    return first(jdbc.queryForList(
        "select organization_id from member where username = ? order by organization_id",
        String.class,
        username));
  }

  /** The user's role in the organization, if a member. */
  public Optional<String> roleOf(String organization, String username) {
    return first(jdbc.queryForList(
        "select role from member where organization_id = ? and username = ?",
        String.class,
        organization,
        username));
  }

  private boolean insert(String sql, Object... values) {
    try {
      return jdbc.update(sql, values) == 1;
    } catch (DuplicateKeyException alreadyThere) {
      return false;
    }
  }

  private static Optional<String> first(List<String> values) {
    return values.stream().findFirst();
  }
}
