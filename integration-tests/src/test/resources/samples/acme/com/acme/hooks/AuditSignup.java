package com.acme.hooks;

import com.acme.app.Journal;
import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;

@Hook("after-user-create")
@Order(10)
public final class AuditSignup {
  public void handle(User user, HookContext ctx) {
    ctx.service(Journal.class).add("AuditSignup");
  }
}
