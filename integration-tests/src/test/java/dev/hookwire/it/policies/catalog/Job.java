package dev.hookwire.it.policies.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;

/**
 * The entity of the test catalog {@link JobHooks}. Before-hooks append their simple name to
 * {@code trail}, so the merged job shows which hooks ran, in which order, and that each saw the job
 * merged so far. The {@code id} is protected: no hook can change it, so a test can find a dispatch
 * by it from any hook.
 */
@Patchable
public record Job(
    @Protected String id, String title, int priority, String owner, String trail, String note) {
  public static Job of(String id, int priority) {
    return new Job(id, "Rebuild index", priority, "ada", "", "secret");
  }

  /** This job with {@code step} appended to its trail: {@code ">" + step}. */
  public String trailWith(String step) {
    return trail + ">" + step;
  }
}
