package dev.hookwire.console.it.hooks;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Version;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.runtime.HookRejection;

/** Version 1 of the sign-up gate: no disposable domain; the name is stored trimmed. */
@Hook("before-user-create")
@Version(value = "1", live = true)
public final class GateSignup {
  public UserPatch handle(User user) {
    if (user.email() != null && user.email().endsWith("@mailinator.com")) {
      throw new HookRejection("Disposable email addresses are not allowed.");
    }
    return user.name() == null ? null : UserPatch.of().name(user.name().strip());
  }
}
