package dev.hookwire.it.policies;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** The last after-job-submit hook: proves the hooks after a failing or timed-out one still run. */
@Hook("after-job-submit")
@Order(9)
public final class CountJob {
  public void handle(Job job, HookContext ctx) throws Exception {
    ctx.service(Script.class).perform(CountJob.class, job);
  }
}
