package dev.hookwire.demo.hooks;

import dev.hookwire.annotations.Durable;
import dev.hookwire.auth.User;
import dev.hookwire.demo.Workspaces;
import dev.hookwire.runtime.DurableHook;
import dev.hookwire.runtime.HookContext;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Quickback's {@code after-user-create}: provision a personal workspace, durably. The dispatcher
 * does not run it: it records the event in the sign-up's own transaction ({@code
 * outbox.context(connection, ctx)} in {@code AuthService}), and the outbox's workers run it after
 * the commit, at least once, retrying until it succeeds. A rolled-back sign-up leaves no event.
 *
 * <p>Idempotent, as a durable hook must be: the workspace's ids derive from the user id, and one
 * event ({@link DurableHook#EVENT_ID}) is about one user, so a repeated delivery of the event, or a
 * second event for the same user, leaves exactly one organization and one membership.
 */
@Durable
public final class AfterUserCreate {
  private final DataSource dataSource;

  /** @param dataSource the service's database, from the host's {@code HookDependencies} */
  public AfterUserCreate(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void handle(User user, HookContext ctx) throws SQLException {
    Workspaces.ensurePersonalWorkspace(dataSource, user, Instant.now());
  }
}
