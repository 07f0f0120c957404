package dev.hookwire.console.it.hooks;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Version;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookRejection;

/** Version 2 of the sign-up gate: only example.com addresses. */
@Hook("before-user-create")
@Version(value = "2", of = "GateSignup")
public final class GateSignupStrict {
  public void handle(User user) {
    if (user.email() == null || !user.email().endsWith("@example.com")) {
      throw new HookRejection("Only example.com addresses may sign up.");
    }
  }
}
