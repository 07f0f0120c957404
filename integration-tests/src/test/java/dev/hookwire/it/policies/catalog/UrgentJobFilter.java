package dev.hookwire.it.policies.catalog;

import dev.hookwire.runtime.EventFilter;
import dev.hookwire.runtime.HookContext;

/**
 * The condition of the virtual event before-urgent-job-submit: priority 9 or more. A negative
 * priority is a bug it throws on, for the tests of a filter that throws.
 */
public final class UrgentJobFilter implements EventFilter<Job> {
  @Override
  public boolean test(Job job, HookContext ctx) {
    if (job.priority() < 0) {
      throw new IllegalArgumentException("negative priority " + job.priority());
    }
    return job.priority() >= 9;
  }
}
