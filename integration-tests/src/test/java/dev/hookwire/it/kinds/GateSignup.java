package dev.hookwire.it.kinds;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.Probe;
import dev.hookwire.runtime.HookContext;

/** Second before-user-create hook: returns void (no change); throws when the probe says so. */
@Hook("before-user-create")
@Order(2)
public final class GateSignup {
  public void handle(User user, HookContext ctx) throws Exception {
    ctx.service(Probe.class).enter(GateSignup.class, user);
  }
}
