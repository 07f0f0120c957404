package dev.hookwire.it.kinds;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.Probe;
import dev.hookwire.runtime.HookContext;

/** An after-user-create hook of order 10: runs after {@link AuditTrail} by class name. */
@Hook("after-user-create")
@Order(10)
public final class ProvisionWorkspace {
  public void handle(User user, HookContext ctx) throws Exception {
    ctx.service(Probe.class).enter(ProvisionWorkspace.class, user);
  }
}
