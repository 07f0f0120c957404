package dev.hookwire.it.policies;

import dev.hookwire.annotations.Async;
import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** An async after-job-finish hook: async and timed (the catalog default, 200 ms). */
@Async
@Hook("after-job-finish")
@Order(2)
public final class PublishMetrics {
  public void handle(Job job, HookContext ctx) throws Exception {
    ctx.service(Script.class).perform(PublishMetrics.class, job);
  }
}
