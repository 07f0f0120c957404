package dev.hookwire.it.deps;

import dev.hookwire.auth.Login;
import dev.hookwire.it.support.Ledger;
import dev.hookwire.runtime.HookContext;

/** No constructor: it reaches its service through the context, as before. */
public final class AfterLogin {
  public void handle(Login login, HookContext ctx) {
    ctx.service(Ledger.class).write("login " + login.user().id());
  }
}
