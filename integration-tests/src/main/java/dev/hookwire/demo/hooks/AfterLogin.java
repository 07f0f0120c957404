package dev.hookwire.demo.hooks;

import dev.hookwire.annotations.Timeout;
import dev.hookwire.auth.Login;
import dev.hookwire.demo.HookTrace;
import dev.hookwire.demo.Workspaces;
import dev.hookwire.runtime.HookContext;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * hatk's {@code on-login}: a slow backfill that must never hold up a login. It re-runs the
 * (idempotent) workspace provisioning, for users whose {@code after-user-create} failed or who
 * signed up before it existed, and activates the workspace on the new session.
 *
 * <p>The slow part is simulated: it waits {@code BACKFILL_DELAY_MS} (an environment value the host
 * puts in the context; none: no wait) before touching the database, and gives up at once when
 * interrupted. {@code @Timeout} bounds it at one second, overriding the event's 30 s default. The
 * runtime validates and records the timeout now; the runtime-policies work makes it cancel the
 * hook and let the login proceed.
 */
@Timeout(value = 1, unit = TimeUnit.SECONDS)
public final class AfterLogin {
  private final DataSource dataSource;

  /** @param dataSource the service's database, from the host's {@code HookDependencies} */
  public AfterLogin(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void handle(Login login, HookContext ctx) throws SQLException, InterruptedException {
    long delayMillis = ctx.env("BACKFILL_DELAY_MS").map(Long::parseLong).orElse(0L);
    long started = System.nanoTime();
    Thread.sleep(delayMillis); // interruptible: a timed-out hook stops here
    Workspaces.Outcome workspace =
        Workspaces.ensurePersonalWorkspace(dataSource, login.user(), Instant.now());
    Workspaces.activateFirstOrganization(
        dataSource, login.session().id(), login.user().id(), Instant.now());
    HookTrace.of(ctx)
        .ran(
            "after-login",
            AfterLogin.class,
            "backfill done in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms"
                + (workspace == Workspaces.Outcome.CREATED
                    ? ", provisioned the missing workspace"
                    : ", nothing missing"));
  }
}
