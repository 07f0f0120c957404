package dev.hookwire.it.policies;

import dev.hookwire.annotations.Timeout;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** The first transform-job-view hook, timed (200 ms): upper-cases the title. */
@Timeout(200)
public final class TransformJobView {
  public Job handle(Job job, HookContext ctx) throws Exception {
    ctx.service(Script.class).perform(TransformJobView.class, job);
    return new Job(
        job.id(),
        job.title().toUpperCase(java.util.Locale.ROOT),
        job.priority(),
        job.owner(),
        job.trailWith("TransformJobView"),
        job.note());
  }
}
