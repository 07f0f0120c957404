package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;

/**
 * PocketBase's {@code RealtimeMessageEvent}: an SSE message about to be (or just) sent to a client.
 *
 * @param clientId the realtime client's id
 * @param name the message name (the topic)
 * @param data the message payload
 */
@Patchable
public record RealtimeMessage(@Protected String clientId, String name, String data) {}
