package dev.hookwire.it.policies.catalog;

import dev.hookwire.annotations.AfterEvent;
import dev.hookwire.annotations.BeforeEvent;
import dev.hookwire.annotations.EventCatalog;
import dev.hookwire.annotations.Tagged;
import dev.hookwire.annotations.Timeout;
import dev.hookwire.annotations.TransformEvent;
import dev.hookwire.annotations.VirtualEvent;
import dev.hookwire.runtime.HookContext;

/**
 * A host's own catalog, declared in test sources, with every runtime policy the processor wires:
 * a tagged before-event with a virtual event, a tagged after-event, an after-event with a catalog
 * default timeout, and a transform event.
 */
@EventCatalog
public interface JobHooks {
  @BeforeEvent
  @Tagged
  @VirtualEvent(name = "before-urgent-job-submit", filter = UrgentJobFilter.class)
  Job beforeJobSubmit(Job job, HookContext ctx);

  @AfterEvent
  @Tagged
  void afterJobSubmit(Job job, HookContext ctx);

  /** Every hook of this event without its own {@code @Timeout} gets 200 ms. */
  @AfterEvent
  @Timeout(200)
  void afterJobFinish(Job job, HookContext ctx);

  @TransformEvent
  Job transformJobView(Job job, HookContext ctx);
}
