package dev.hookwire.it.versions;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Version;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.Steps;
import dev.hookwire.runtime.HookContext;

/** A hook of before-user-create for the version tests. */
@Hook("before-user-create")
@Version(value = "2", of = "GateSignup")
public final class GateSignupStrict {
  public void handle(User user, HookContext ctx) throws InterruptedException {
    ctx.service(Steps.class).ran(GateSignupStrict.class);
  }
}
