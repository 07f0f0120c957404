package dev.hookwire.it.policies;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Timeout;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.policies.catalog.JobPatch;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** A timed before-job-submit hook (200 ms, order 0): runs on the executor. */
@Hook("before-job-submit")
@Timeout(200)
public final class CheckQuota {
  public CheckQuota() {
    Script.constructed(CheckQuota.class);
  }

  public JobPatch handle(Job job, HookContext ctx) throws Exception {
    boolean stop = ctx.service(Script.class).perform(CheckQuota.class, job);
    JobPatch patch = JobPatch.of().trail(job.trailWith("CheckQuota"));
    return stop ? patch.stopChain() : patch;
  }
}
