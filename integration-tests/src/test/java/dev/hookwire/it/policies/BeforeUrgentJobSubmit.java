package dev.hookwire.it.policies;

import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.policies.catalog.JobPatch;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** The virtual event before-urgent-job-submit (priority 9 or more), by its class name. */
public final class BeforeUrgentJobSubmit {
  public JobPatch handle(Job job, HookContext ctx) throws Exception {
    boolean stop = ctx.service(Script.class).perform(BeforeUrgentJobSubmit.class, job);
    JobPatch patch = JobPatch.of().trail(job.trailWith("BeforeUrgentJobSubmit"));
    return stop ? patch.stopChain() : patch;
  }
}
