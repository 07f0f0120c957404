package dev.hookwire.it.policies;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.annotations.Tags;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** after-job-submit, only for the tag billing. */
@Hook("after-job-submit")
@Order(1)
@Tags("billing")
public final class IndexJob {
  public void handle(Job job, HookContext ctx) throws Exception {
    ctx.service(Script.class).perform(IndexJob.class, job);
  }
}
