package dev.hookwire.it.kinds;

import dev.hookwire.auth.User;
import dev.hookwire.it.support.Probe;
import dev.hookwire.runtime.HookContext;

/** First after-user-create hook (order 0); throws when the probe says so. */
public final class AfterUserCreate {
  public void handle(User user, HookContext ctx) throws Exception {
    ctx.service(Probe.class).enter(AfterUserCreate.class, user);
  }
}
