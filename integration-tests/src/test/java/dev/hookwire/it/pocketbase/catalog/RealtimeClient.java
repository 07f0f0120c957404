package dev.hookwire.it.pocketbase.catalog;

/**
 * PocketBase's {@code RealtimeConnectEvent} and {@code RealtimeDisconnectEvent}: an SSE client.
 *
 * @param clientId the realtime client's id
 * @param authRecordId the id of the record it is authenticated as; empty for a guest
 */
public record RealtimeClient(String clientId, String authRecordId) {}
