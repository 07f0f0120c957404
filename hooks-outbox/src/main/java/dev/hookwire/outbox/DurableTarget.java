package dev.hookwire.outbox;

/**
 * Where the workers deliver a recorded event: a durable after-hook (registered under the hook's
 * class name) or a webhook endpoint. Delivery is at least once: a target can see the same event
 * again (after a crash, or when its lease expired) and deduplicates by {@link
 * DurableEvent#eventId()}.
 *
 * <p>Returning normally means delivered. Throwing {@link DeliveryException} or any other exception
 * means try again later (with backoff, up to the outbox's maximum attempts, then dead-lettered);
 * throwing {@link PermanentDeliveryException} dead-letters the event at once.
 */
@FunctionalInterface
public interface DurableTarget {
  void deliver(DurableEvent event) throws Exception;
}
