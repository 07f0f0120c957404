package dev.hookwire.it.versions;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.Steps;
import dev.hookwire.runtime.HookContext;

/** A hook of before-user-create for the version tests. */
@Hook("before-user-create")
@Order(-1)
public final class NormalizeName {
  public void handle(User user, HookContext ctx) throws InterruptedException {
    ctx.service(Steps.class).ran(NormalizeName.class);
  }
}
