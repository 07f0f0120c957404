package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;
import dev.hookwire.runtime.DataRecord;
import java.util.Map;

/**
 * PocketBase's {@code RecordAuthEvent}: the response to a successful authentication. A before-hook
 * may change the token and add metadata; the authenticated record is not its to change.
 *
 * @param record the authenticated auth record
 * @param token the auth token
 * @param meta extra data for the client (an OAuth2 profile...)
 */
@Patchable
public record AuthResponse(@Protected DataRecord record, String token, Map<String, Object> meta) {
  public AuthResponse {
    meta = Map.copyOf(meta);
  }
}
