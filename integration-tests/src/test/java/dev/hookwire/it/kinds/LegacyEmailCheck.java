package dev.hookwire.it.kinds;

import dev.hookwire.annotations.Disabled;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.it.support.Probe;
import dev.hookwire.runtime.HookContext;

/** Disabled: would run first and overwrite the email if it were wired. */
@Disabled("replaced by NormalizeEmail")
@Hook("before-user-create")
public final class LegacyEmailCheck {
  public UserPatch handle(User user, HookContext ctx) throws Exception {
    ctx.service(Probe.class).enter(LegacyEmailCheck.class, user);
    return UserPatch.of().email("legacy@example.com");
  }
}
