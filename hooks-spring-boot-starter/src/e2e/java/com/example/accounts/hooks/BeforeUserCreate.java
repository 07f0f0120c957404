package com.example.accounts.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.runtime.HookRejection;

/** Rejects addresses of {@code blocked.example}. */
public final class BeforeUserCreate {
  public UserPatch handle(User user) {
    if (user.email().endsWith("@blocked.example")) {
      throw new HookRejection("This email domain is not allowed.");
    }
    return null;
  }
}
