package dev.hookwire.it.policies;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.policies.catalog.JobPatch;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** Second before-urgent-job-submit hook. */
@Hook("before-urgent-job-submit")
@Order(1)
public final class PageOnCall {
  public JobPatch handle(Job job, HookContext ctx) throws Exception {
    boolean stop = ctx.service(Script.class).perform(PageOnCall.class, job);
    JobPatch patch = JobPatch.of().trail(job.trailWith("PageOnCall"));
    return stop ? patch.stopChain() : patch;
  }
}
