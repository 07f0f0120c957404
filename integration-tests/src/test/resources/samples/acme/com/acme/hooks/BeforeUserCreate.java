package com.acme.hooks;

import com.acme.app.Journal;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRejection;

public final class BeforeUserCreate {
  public UserPatch handle(User user, HookContext ctx) {
    ctx.service(Journal.class).add("BeforeUserCreate");
    if (user.email().endsWith("@mailinator.com")) {
      throw new HookRejection("Disposable email addresses are not allowed.");
    }
    return UserPatch.of().name(user.name().strip());
  }
}
