package dev.hookwire.it.policies;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** The second transform-job-view hook, inline: redacts the note. */
@Hook("transform-job-view")
@Order(1)
public final class RedactJob {
  public Job handle(Job job, HookContext ctx) throws Exception {
    ctx.service(Script.class).perform(RedactJob.class, job);
    return new Job(
        job.id(),
        job.title(),
        job.priority(),
        job.owner(),
        job.trailWith("RedactJob"),
        "[redacted]");
  }
}
