package com.acme.hooks;

import dev.hookwire.annotations.Disabled;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;

@Hook("after-user-create")
@Disabled("replaced by AfterUserCreate")
public final class LegacyAudit {
  public void handle(User user) {}
}
