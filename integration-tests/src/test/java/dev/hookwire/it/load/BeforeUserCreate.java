package dev.hookwire.it.load;

import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.it.support.LoadCounters;
import dev.hookwire.runtime.HookContext;
import java.util.Locale;

/** Merges a lower-cased email: a before-hook that allocates a patch and a new User each call. */
public final class BeforeUserCreate {
  public UserPatch handle(User user, HookContext ctx) {
    ctx.service(LoadCounters.class).beforeCalls.increment();
    return UserPatch.of().email(user.email().toLowerCase(Locale.ROOT));
  }
}
