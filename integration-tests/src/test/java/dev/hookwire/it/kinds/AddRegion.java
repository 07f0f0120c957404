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
    Probe probe = ctx.service(Probe.class);
    probe.enter(AddRegion.class, data);
    if (probe.misbehaviour(AddRegion.class).orElse(null) == Probe.Misbehaviour.RETURN_INPUT) {
      return data;
    }
    Map<String, String> claims = new LinkedHashMap<>(data);
    claims.put("region", "eu");
    return claims;
  }
}
