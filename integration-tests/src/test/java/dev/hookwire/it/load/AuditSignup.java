package dev.hookwire.it.load;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.LoadCounters;
import dev.hookwire.runtime.HookContext;

/** Runs after AfterUserCreate every time, whether or not that one failed. */
@Hook("after-user-create")
@Order(1)
public final class AuditSignup {
  public void handle(User user, HookContext ctx) {
    ctx.service(LoadCounters.class).auditCalls.increment();
  }
}
