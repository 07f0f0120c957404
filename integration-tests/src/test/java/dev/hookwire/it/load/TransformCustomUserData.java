package dev.hookwire.it.load;

import dev.hookwire.annotations.Timeout;
import dev.hookwire.it.support.LoadCounters;
import dev.hookwire.runtime.HookContext;
import java.util.HashMap;
import java.util.Map;

/** Adds a claim; throws for every input whose sub ends in 5. Has a time limit, so it runs on the executor. */
@Timeout(2000)
public final class TransformCustomUserData {
  public Map<String, String> handle(Map<String, String> data, HookContext ctx) {
    LoadCounters counters = ctx.service(LoadCounters.class);
    counters.transformCalls.increment();
    if (data.get("sub").endsWith("5")) {
      counters.transformThrows.increment();
      throw new IllegalArgumentException("bad claims for " + data.get("sub"));
    }
    Map<String, String> claims = new HashMap<>(data);
    claims.put("plan", "pro");
    return claims;
  }
}
