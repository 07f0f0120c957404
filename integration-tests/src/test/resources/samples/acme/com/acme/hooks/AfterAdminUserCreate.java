package com.acme.hooks;

import com.acme.app.Journal;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;

public final class AfterAdminUserCreate {
  public void handle(User user, HookContext ctx) {
    ctx.service(Journal.class).add("AfterAdminUserCreate");
  }
}
