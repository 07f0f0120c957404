package dev.hookwire.it.kinds;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.it.support.Probe;
import dev.hookwire.runtime.HookContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * First transform hook: adds a plan claim. Told by the probe, it throws, returns {@code null} or
 * writes into its input instead.
 */
@Hook("transform-custom-user-data")
@Order(1)
public final class AddPlan {
  public Map<String, String> handle(Map<String, String> data, HookContext ctx) throws Exception {
    Probe probe = ctx.service(Probe.class);
    probe.enter(AddPlan.class, data);
    Probe.Misbehaviour misbehaviour = probe.misbehaviour(AddPlan.class).orElse(null);
    if (misbehaviour == Probe.Misbehaviour.RETURN_NULL) {
      return null; // the classic missing-return bug
    }
    if (misbehaviour == Probe.Misbehaviour.RETURN_INPUT) {
      return data;
    }
    if (misbehaviour == Probe.Misbehaviour.MUTATE_INPUT) {
      data.put("plan", "hacked");
      return data;
    }
    Map<String, String> claims = new LinkedHashMap<>(data);
    claims.put("plan", ctx.env("DEFAULT_PLAN").orElse("free"));
    return claims;
  }
}
