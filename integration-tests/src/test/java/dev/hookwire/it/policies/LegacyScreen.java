package dev.hookwire.it.policies;

import dev.hookwire.annotations.Disabled;
import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.policies.catalog.JobPatch;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** Disabled: compiled and listed, never called. */
@Disabled("replaced by CheckQuota")
@Hook("before-job-submit")
@Order(5)
public final class LegacyScreen {
  public LegacyScreen() {
    Script.constructed(LegacyScreen.class);
  }

  public JobPatch handle(Job job, HookContext ctx) throws Exception {
    boolean stop = ctx.service(Script.class).perform(LegacyScreen.class, job);
    JobPatch patch = JobPatch.of().trail(job.trailWith("LegacyScreen"));
    return stop ? patch.stopChain() : patch;
  }
}
