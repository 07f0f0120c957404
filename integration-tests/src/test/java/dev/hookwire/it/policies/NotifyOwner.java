package dev.hookwire.it.policies;

import dev.hookwire.annotations.Async;
import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** An async after-job-submit hook without a time limit: the dispatcher does not wait for it. */
@Async
@Hook("after-job-submit")
@Order(2)
public final class NotifyOwner {
  public NotifyOwner() {
    Script.constructed(NotifyOwner.class);
  }

  public void handle(Job job, HookContext ctx) throws Exception {
    ctx.service(Script.class).perform(NotifyOwner.class, job);
  }
}
