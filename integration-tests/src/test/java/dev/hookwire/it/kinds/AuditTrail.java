package dev.hookwire.it.kinds;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.Probe;
import dev.hookwire.runtime.HookContext;

/** An after-user-create hook of order 10: runs before {@link ProvisionWorkspace} by class name. */
@Hook("after-user-create")
@Order(10)
public final class AuditTrail {
  public void handle(User user, HookContext ctx) throws Exception {
    ctx.service(Probe.class).enter(AuditTrail.class, user);
  }
}
