package dev.hookwire.sample.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.sample.Directory;

/** Provision a personal workspace for every new user; safe to run twice. */
public final class AfterUserCreate {
  public void handle(User user, HookContext ctx) {
    ctx.service(Directory.class).ensurePersonalWorkspace(user);
  }
}
