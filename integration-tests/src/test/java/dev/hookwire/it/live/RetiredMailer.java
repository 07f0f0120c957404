package dev.hookwire.it.live;

import dev.hookwire.annotations.Disabled;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.Steps;
import dev.hookwire.runtime.HookContext;

/** A hook of after-user-create for the live-switch tests. */
@Disabled("the mailer moved to the outbox")
@Hook("after-user-create")
public final class RetiredMailer {
  public void handle(User user, HookContext ctx) throws InterruptedException {
    ctx.service(Steps.class).ran(RetiredMailer.class);
  }
}
