package dev.hookwire.it.policies;

import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.policies.catalog.JobPatch;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** before-job-submit by its class name (order 0), inline; runs before CheckQuota (same order) by class name. */
public final class BeforeJobSubmit {
  public BeforeJobSubmit() {
    Script.constructed(BeforeJobSubmit.class);
  }

  public JobPatch handle(Job job, HookContext ctx) throws Exception {
    boolean stop = ctx.service(Script.class).perform(BeforeJobSubmit.class, job);
    JobPatch patch = JobPatch.of().trail(job.trailWith("BeforeJobSubmit"));
    return stop ? patch.stopChain() : patch;
  }
}
