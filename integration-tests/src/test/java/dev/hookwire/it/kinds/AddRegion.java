package dev.hookwire.it.kinds;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.it.support.Probe;
import dev.hookwire.runtime.HookContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** Second transform hook: adds a region claim to whatever the first one produced. */
@Hook("transform-custom-user-data")
@Order(2)
public final class AddRegion {
  public Map<String, String> handle(Map<String, String> data, HookContext ctx) throws Exception {
    ctx.service(Probe.class).enter(AddRegion.class, data);
    Map<String, String> claims = new LinkedHashMap<>(data);
    claims.put("region", "eu");
    return claims;
  }
}
