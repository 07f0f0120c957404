package dev.hookwire.it.live;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.Steps;
import dev.hookwire.runtime.HookContext;

/** A hook of after-user-create for the live-switch tests. */
@Hook("after-user-create")
@Order(20)
public final class ProvisionWorkspace {
  public void handle(User user, HookContext ctx) throws InterruptedException {
    ctx.service(Steps.class).ran(ProvisionWorkspace.class);
  }
}
