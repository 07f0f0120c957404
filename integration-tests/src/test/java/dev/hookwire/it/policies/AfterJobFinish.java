package dev.hookwire.it.policies;

import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** after-job-finish by its class name: no @Timeout of its own, so the catalog default (200 ms) applies. */
public final class AfterJobFinish {
  public void handle(Job job, HookContext ctx) throws Exception {
    ctx.service(Script.class).perform(AfterJobFinish.class, job);
  }
}
