package dev.hookwire.demo.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.demo.HookTrace;
import dev.hookwire.demo.Workspaces;
import dev.hookwire.runtime.HookContext;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Quickback's {@code after-user-create}: provision a personal workspace. The user is already
 * committed; if this fails, the sign-up still succeeds and {@link AfterLogin} backfills the
 * workspace later. Idempotent: the ids derive from the user id.
 */
public final class AfterUserCreate {
  private final DataSource dataSource;

  /** @param dataSource the service's database, from the host's {@code HookDependencies} */
  public AfterUserCreate(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void handle(User user, HookContext ctx) throws SQLException {
    Workspaces.Outcome outcome =
        Workspaces.ensurePersonalWorkspace(dataSource, user, Instant.now());
    HookTrace.of(ctx)
        .ran(
            "after-user-create",
            AfterUserCreate.class,
            (outcome == Workspaces.Outcome.CREATED
                    ? "provisioned workspace "
                    : "workspace already there: ")
                + Workspaces.personalOrganizationId(user.id()));
  }
}
