package dev.hookwire.it.policies;

import dev.hookwire.annotations.Disabled;
import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.support.Script;
import dev.hookwire.runtime.HookContext;

/** Disabled: compiled and listed, never called. */
@Disabled("moved to the data lake")
@Hook("after-job-submit")
@Order(4)
public final class LegacyExport {
  public LegacyExport() {
    Script.constructed(LegacyExport.class);
  }

  public void handle(Job job, HookContext ctx) throws Exception {
    ctx.service(Script.class).perform(LegacyExport.class, job);
  }
}
