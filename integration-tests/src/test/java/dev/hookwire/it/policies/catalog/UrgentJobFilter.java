package dev.hookwire.it.policies.catalog;

import dev.hookwire.runtime.EventFilter;
import dev.hookwire.runtime.HookContext;

/** The condition of the virtual event before-urgent-job-submit: priority 9 or more. */
public final class UrgentJobFilter implements EventFilter<Job> {
  @Override
  public boolean test(Job job, HookContext ctx) {
    return job.priority() >= 9;
  }
}
