package dev.hookwire.it.kinds;

import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.it.support.Probe;
import dev.hookwire.runtime.HookContext;

/** First before-user-create hook: trims the name; no patch when there is nothing to trim. */
@Order(1)
public final class BeforeUserCreate {
  public UserPatch handle(User user, HookContext ctx) throws Exception {
    ctx.service(Probe.class).enter(BeforeUserCreate.class, user);
    if (user.name() == null || user.name().equals(user.name().strip())) {
      return null;
    }
    return UserPatch.of().name(user.name().strip());
  }
}
