package dev.hookwire.console.it.hooks;

import java.util.LinkedHashMap;
import java.util.Map;

/** Adds the plan to the claims. */
public final class TransformCustomUserData {
  public Map<String, String> handle(Map<String, String> claims) {
    Map<String, String> shaped = new LinkedHashMap<>(claims);
    shaped.put("plan", "pro");
    return shaped;
  }
}
