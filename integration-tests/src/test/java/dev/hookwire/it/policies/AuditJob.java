package dev.hookwire.it.policies;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.annotations.Timeout;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** A timed after-job-submit hook (150 ms). */
@Hook("after-job-submit")
@Order(3)
@Timeout(150)
public final class AuditJob {
  public void handle(Job job, HookContext ctx) throws Exception {
    ctx.service(Script.class).perform(AuditJob.class, job);
  }
}
