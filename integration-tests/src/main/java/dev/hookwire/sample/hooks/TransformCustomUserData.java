package dev.hookwire.sample.hooks;

import dev.hookwire.runtime.HookContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** Add a plan claim; the input is read-only, so build a new map. */
public final class TransformCustomUserData {
  public Map<String, String> handle(Map<String, String> data, HookContext ctx) {
    Map<String, String> claims = new LinkedHashMap<>(data);
    claims.put("plan", ctx.env("DEFAULT_PLAN").orElse("free"));
    return claims;
  }
}
