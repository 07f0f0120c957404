package dev.hookwire.demo.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.demo.HookTrace;
import dev.hookwire.demo.Outbox;
import dev.hookwire.runtime.HookContext;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Quickback's {@code after-admin-user-create}: runs only for users created through {@code POST
 * /admin/create-user}, and queues a welcome message in the outbox (once per user).
 */
public final class AfterAdminUserCreate {
  private final DataSource dataSource;

  /** @param dataSource the service's database, from the host's {@code HookDependencies} */
  public AfterAdminUserCreate(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void handle(User user, HookContext ctx) throws SQLException {
    String admin = ctx.metadata("admin").orElse("an administrator");
    boolean queued = Outbox.queueWelcome(dataSource, user, admin, Instant.now());
    HookTrace.of(ctx)
        .ran(
            "after-admin-user-create",
            AfterAdminUserCreate.class,
            (queued ? "queued " : "already queued: ") + Outbox.WELCOME + " to " + user.email());
  }
}
