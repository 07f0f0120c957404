package com.example.accounts.hooks;

import com.example.accounts.AuditLog;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;

/**
 * The virtual event {@code after-admin-user-create} (a user created at {@code
 * /admin/create-user}): audits who created it from where. {@link AuditLog} is not registered in
 * the context: {@code ctx.service} finds the application's bean.
 */
public final class AfterAdminUserCreate {
  public void handle(User user, HookContext ctx) {
    ctx.service(AuditLog.class)
        .record(
            user.id(),
            "admin-created",
            ctx.path() + " from " + ctx.metadata("ip").orElse("?") + " by "
                + ctx.metadata("user-agent").orElse("?"));
  }
}
