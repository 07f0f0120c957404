package com.acme.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;

public final class AfterAdminUserCreate {
  public void handle(User user, HookContext ctx) {}
}
