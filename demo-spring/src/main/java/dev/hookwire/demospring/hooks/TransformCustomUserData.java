package dev.hookwire.demospring.hooks;

import dev.hookwire.demospring.DemoSettings;
import dev.hookwire.demospring.HookTrace;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shapes the custom claims of a user's token: adds the plan ({@code demo.plan}). The input is
 * read-only, so it builds a new map; if this throws, the token keeps its claims unchanged.
 */
public final class TransformCustomUserData {
  private final DemoSettings settings;
  private final HookTrace trace;

  public TransformCustomUserData(DemoSettings settings, HookTrace trace) {
    this.settings = settings;
    this.trace = trace;
  }

  public Map<String, String> handle(Map<String, String> claims) {
    Map<String, String> shaped = new LinkedHashMap<>(claims);
    shaped.put("plan", settings.plan());
    trace.ran(
        "transform-custom-user-data", TransformCustomUserData.class, "plan " + settings.plan());
    return shaped;
  }
}
