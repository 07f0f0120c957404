package dev.hookwire.it.policies;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.annotations.Timeout;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;
import java.util.concurrent.TimeUnit;

/** after-job-finish with its own @Timeout (1 s), which overrides the catalog default. */
@Hook("after-job-finish")
@Order(1)
@Timeout(value = 1, unit = TimeUnit.SECONDS)
public final class ReleaseWorker {
  public void handle(Job job, HookContext ctx) throws Exception {
    ctx.service(Script.class).perform(ReleaseWorker.class, job);
  }
}
