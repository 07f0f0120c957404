package dev.hookwire.bench.boot.security.hooks8;

import dev.hookwire.bench.boot.security.LoginCounter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Security-benchmark hook: adds a plan. */
public final class TransformCustomUserData {
  private final LoginCounter counter;

  public TransformCustomUserData(LoginCounter counter) {
    this.counter = counter;
  }

  public Map<String, String> handle(Map<String, String> claims) {
    Map<String, String> shaped = new LinkedHashMap<>(claims);
    shaped.put("plan", "pro");
    counter.saw("plan");
    return shaped;
  }
}
