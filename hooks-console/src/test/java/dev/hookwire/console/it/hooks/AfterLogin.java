package dev.hookwire.console.it.hooks;

import dev.hookwire.annotations.Timeout;
import dev.hookwire.auth.Login;
import dev.hookwire.runtime.HookContext;
import java.util.concurrent.TimeUnit;

/** A timed hook: 200 ms at most; it sleeps a second when the context's metadata says "slow". */
@Timeout(value = 200, unit = TimeUnit.MILLISECONDS)
public final class AfterLogin {
  public void handle(Login login, HookContext ctx) throws InterruptedException {
    if (ctx.metadata("slow").isPresent()) {
      Thread.sleep(1_000);
    }
  }
}
