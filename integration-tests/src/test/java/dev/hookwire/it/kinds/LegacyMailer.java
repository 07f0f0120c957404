package dev.hookwire.it.kinds;

import dev.hookwire.annotations.Disabled;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.Probe;
import dev.hookwire.runtime.HookContext;

/** Disabled after-user-create hook: never called. */
@Disabled("the mailer moved to the outbox service")
@Hook("after-user-create")
public final class LegacyMailer {
  public void handle(User user, HookContext ctx) throws Exception {
    ctx.service(Probe.class).enter(LegacyMailer.class, user);
  }
}
