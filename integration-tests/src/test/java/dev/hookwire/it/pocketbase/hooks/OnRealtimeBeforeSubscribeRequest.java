package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.catalog.RealtimeSubscription;
import dev.hookwire.it.pocketbase.catalog.RealtimeSubscriptionPatch;
import java.util.List;

/** Internal collections (named with a leading underscore) cannot be followed. */
public final class OnRealtimeBeforeSubscribeRequest {
  public RealtimeSubscriptionPatch handle(RealtimeSubscription subscription) {
    List<String> allowed = subscription.subscriptions().stream()
        .filter(topic -> !topic.startsWith("_"))
        .toList();
    return allowed.size() == subscription.subscriptions().size()
        ? null
        : RealtimeSubscriptionPatch.of().subscriptions(allowed);
  }
}
