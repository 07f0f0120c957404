package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;
import java.util.List;

/**
 * PocketBase's {@code RealtimeSubscribeEvent}: the topics a client asks to follow. A before-hook may
 * change the topics.
 *
 * @param clientId the realtime client's id
 * @param subscriptions the topics, for example {@code posts} or {@code posts/p1}
 */
@Patchable
public record RealtimeSubscription(@Protected String clientId, List<String> subscriptions) {
  public RealtimeSubscription {
    subscriptions = List.copyOf(subscriptions);
  }
}
