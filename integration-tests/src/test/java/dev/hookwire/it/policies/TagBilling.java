package dev.hookwire.it.policies;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.annotations.Tags;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.policies.catalog.JobPatch;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** Last before-job-submit hook (order 10), only for the tags billing and invoices. */
@Hook("before-job-submit")
@Order(10)
@Tags({"billing", "invoices"})
public final class TagBilling {
  public TagBilling() {
    Script.constructed(TagBilling.class);
  }

  public JobPatch handle(Job job, HookContext ctx) throws Exception {
    boolean stop = ctx.service(Script.class).perform(TagBilling.class, job);
    JobPatch patch = JobPatch.of().trail(job.trailWith("TagBilling"));
    return stop ? patch.stopChain() : patch;
  }
}
