package dev.hookwire.it.kinds;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.it.support.Probe;
import dev.hookwire.runtime.HookContext;
import java.util.Locale;

/** Third before-user-create hook: lowercases the email; no patch when it already is. */
@Hook("before-user-create")
@Order(3)
public final class NormalizeEmail {
  public UserPatch handle(User user, HookContext ctx) throws Exception {
    ctx.service(Probe.class).enter(NormalizeEmail.class, user);
    String email = user.email().toLowerCase(Locale.ROOT);
    return email.equals(user.email()) ? null : UserPatch.of().email(email);
  }
}
