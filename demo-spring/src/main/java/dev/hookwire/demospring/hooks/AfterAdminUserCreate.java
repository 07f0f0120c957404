package dev.hookwire.demospring.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.demospring.HookTrace;
import dev.hookwire.demospring.Outbox;
import dev.hookwire.runtime.HookContext;

/**
 * Runs only for users created through {@code POST /admin/create-user}: queues a welcome message
 * (once per user). Who asked is not in the catalog's records: the message names the client
 * address the adapter puts in the context.
 */
public final class AfterAdminUserCreate {
  private final Outbox outbox;
  private final HookTrace trace;

  public AfterAdminUserCreate(Outbox outbox, HookTrace trace) {
    this.outbox = outbox;
    this.trace = trace;
  }

  public void handle(User user, HookContext ctx) {
    String requestedFrom = ctx.metadata("ip").orElse("unknown");
    boolean queued = outbox.queueWelcome(user.id(), "an admin at " + requestedFrom);
    trace.ran(
        "after-admin-user-create",
        AfterAdminUserCreate.class,
        (queued ? "queued " : "already queued: ") + Outbox.WELCOME + " to " + user.id());
  }
}
