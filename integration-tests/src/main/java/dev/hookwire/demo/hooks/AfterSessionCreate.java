package dev.hookwire.demo.hooks;

import dev.hookwire.auth.Session;
import dev.hookwire.demo.HookTrace;
import dev.hookwire.demo.Workspaces;
import dev.hookwire.runtime.HookContext;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Quickback's {@code after-session-create}: make the user's first organization the active one. */
public final class AfterSessionCreate {
  private final DataSource dataSource;

  /** @param dataSource the service's database, from the host's {@code HookDependencies} */
  public AfterSessionCreate(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void handle(Session session, HookContext ctx) throws SQLException {
    if (session.activeOrganizationId() != null) {
      HookTrace.of(ctx)
          .ran("after-session-create", AfterSessionCreate.class, "active organization already set");
      return;
    }
    Optional<String> active = Workspaces.activateFirstOrganization(
        dataSource, session.id(), session.userId(), Instant.now());
    HookTrace.of(ctx)
        .ran(
            "after-session-create",
            AfterSessionCreate.class,
            active.map(id -> "active organization " + id).orElse("no organization yet"));
  }
}
