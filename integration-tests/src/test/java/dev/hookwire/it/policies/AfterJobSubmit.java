package dev.hookwire.it.policies;

import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** after-job-submit by its class name (order 0), inline, untagged. */
public final class AfterJobSubmit {
  public AfterJobSubmit() {
    Script.constructed(AfterJobSubmit.class);
  }

  public void handle(Job job, HookContext ctx) throws Exception {
    ctx.service(Script.class).perform(AfterJobSubmit.class, job);
  }
}
