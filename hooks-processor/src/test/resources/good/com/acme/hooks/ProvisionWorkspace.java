package com.acme.hooks;

import dev.hookwire.annotations.Durable;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;

@Hook("after-user-create")
@Durable
public final class ProvisionWorkspace {
  public void handle(User user, HookContext ctx) {}
}
