package dev.hookwire.sample.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRejection;
import dev.hookwire.sample.DisposableDomains;

/** Gate a sign-up: no disposable email addresses; store the name trimmed. */
public final class BeforeUserCreate {
  public UserPatch handle(User user, HookContext ctx) {
    if (DisposableDomains.isDisposable(user.email())) {
      throw new HookRejection("Disposable email addresses are not allowed.");
    }
    if (user.name() == null || user.name().equals(user.name().strip())) {
      return null; // nothing to change
    }
    return UserPatch.of().name(user.name().strip());
  }
}
