package dev.hookwire.outbox;

import java.util.Set;

/**
 * A target that receives every event of the names it subscribes to, without the writer naming it
 * (a webhook endpoint). {@link OutboxWriter#record} adds one row for each subscriber of the event.
 */
public interface DurableSubscriber extends DurableTarget {
  /** The target name its rows carry, unique in an {@link Outbox}: {@code "webhook:billing"}. */
  String name();

  /** The event names it receives, for example {@code "after-user-create"}. */
  Set<String> events();
}
