package dev.hookwire.demospring.hooks;

import dev.hookwire.annotations.Timeout;
import dev.hookwire.auth.Login;
import dev.hookwire.demospring.DemoSettings;
import dev.hookwire.demospring.HookTrace;
import dev.hookwire.demospring.Workspaces;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A slow backfill that must never hold up a login for long: provisions the workspace of users who
 * have none (the seeded admin; users whose after-user-create failed). The slow part is simulated
 * ({@code demo.backfill-delay-ms}, interruptible); {@code @Timeout} bounds the hook at one second,
 * after which the login proceeds without it.
 */
@Timeout(value = 1, unit = TimeUnit.SECONDS)
public final class AfterLogin {
  private final Workspaces workspaces;
  private final DemoSettings settings;
  private final HookTrace trace;

  public AfterLogin(Workspaces workspaces, DemoSettings settings, HookTrace trace) {
    this.workspaces = workspaces;
    this.settings = settings;
    this.trace = trace;
  }

  public void handle(Login login) throws InterruptedException {
    long started = System.nanoTime();
    Thread.sleep(settings.backfillDelay().toMillis());
    boolean provisioned = workspaces.ensurePersonal(login.user().id());
    trace.ran(
        "after-login",
        AfterLogin.class,
        "backfill done in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms"
            + (provisioned ? ", provisioned the missing workspace" : ", nothing missing"));
  }
}
