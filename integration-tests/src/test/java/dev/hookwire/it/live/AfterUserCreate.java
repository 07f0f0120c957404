package dev.hookwire.it.live;

import dev.hookwire.auth.User;
import dev.hookwire.it.support.Steps;
import dev.hookwire.runtime.HookContext;

/** A hook of after-user-create for the live-switch tests. */
public final class AfterUserCreate {
  public void handle(User user, HookContext ctx) throws InterruptedException {
    ctx.service(Steps.class).ran(AfterUserCreate.class);
  }
}
