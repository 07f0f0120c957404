package dev.hookwire.it.policies;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** after-job-submit, order 3: runs before AuditJob (same order) by class name. */
@Hook("after-job-submit")
@Order(3)
public final class ArchiveJob {
  public void handle(Job job, HookContext ctx) throws Exception {
    ctx.service(Script.class).perform(ArchiveJob.class, job);
  }
}
