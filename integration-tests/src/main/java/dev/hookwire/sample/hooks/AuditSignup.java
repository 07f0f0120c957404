package dev.hookwire.sample.hooks;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.sample.Directory;

/** A second after-user-create hook: runs after {@link AfterUserCreate} (order 0). */
@Hook("after-user-create")
@Order(10)
public final class AuditSignup {
  public void handle(User user, HookContext ctx) {
    ctx.service(Directory.class).audit("signed up: " + user.email() + " via " + ctx.path());
  }
}
