package dev.hookwire.sample.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.sample.Directory;

/** Runs only for users an admin created (path /admin/create-user): queue a welcome message. */
public final class AfterAdminUserCreate {
  public void handle(User user, HookContext ctx) {
    ctx.service(Directory.class).queueWelcome(user, ctx.metadata("admin").orElse("an admin"));
  }
}
