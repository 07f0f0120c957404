package dev.hookwire.spring.auth;

import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRejection;

/** Rejects addresses of {@code blocked.example}. */
public final class BeforeUserCreate {
  public UserPatch handle(User user, HookContext ctx) {
    if (user.email().endsWith("@blocked.example")) {
      throw new HookRejection("This email domain is not allowed.");
    }
    return null;
  }
}
