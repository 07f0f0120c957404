package dev.hookwire.spring.auth;

import dev.hookwire.annotations.Timeout;
import java.util.HashMap;
import java.util.Map;

/** Adds {@code plan=pro}; throws for a {@code fail} key, overruns its 100 ms for a {@code slow} key. */
@Timeout(100)
public final class TransformCustomUserData {
  public Map<String, String> handle(Map<String, String> data) throws InterruptedException {
    if (data.containsKey("fail")) {
      throw new IllegalStateException("asked to fail");
    }
    if (data.containsKey("slow")) {
      Thread.sleep(5_000);
    }
    Map<String, String> out = new HashMap<>(data);
    out.put("plan", "pro");
    return out;
  }
}
