package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Tags;
import dev.hookwire.it.pocketbase.catalog.AuthResponse;
import dev.hookwire.it.pocketbase.catalog.AuthResponsePatch;
import java.util.HashMap;
import java.util.Map;

/** A signed-in user learns their plan with the token. */
@Tags("users")
public final class OnRecordAuthRequest {
  public AuthResponsePatch handle(AuthResponse auth) {
    Map<String, Object> meta = new HashMap<>(auth.meta());
    meta.put(
        "plan", auth.record().getString("plan") == null ? "free" : auth.record().getString("plan"));
    return AuthResponsePatch.of().meta(meta);
  }
}
