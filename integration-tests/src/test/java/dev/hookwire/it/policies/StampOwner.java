package dev.hookwire.it.policies;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.policies.catalog.JobPatch;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** First before-job-submit hook (order -1), inline. */
@Hook("before-job-submit")
@Order(-1)
public final class StampOwner {
  public StampOwner() {
    Script.constructed(StampOwner.class);
  }

  public JobPatch handle(Job job, HookContext ctx) throws Exception {
    boolean stop = ctx.service(Script.class).perform(StampOwner.class, job);
    JobPatch patch = JobPatch.of().trail(job.trailWith("StampOwner"));
    return stop ? patch.stopChain() : patch;
  }
}
