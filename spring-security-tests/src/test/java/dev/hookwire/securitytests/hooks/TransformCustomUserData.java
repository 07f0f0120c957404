package dev.hookwire.securitytests.hooks;

import dev.hookwire.securitytests.Events;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records; adds a plan and tries to change who the token is for. */
public final class TransformCustomUserData {
  private final Events events;

  public TransformCustomUserData(Events events) {
    this.events = events;
  }

  public Map<String, String> handle(Map<String, String> data) {
    events.fire("transform-custom-user-data");
    Map<String, String> out = new LinkedHashMap<>(data);
    out.put("plan", "pro");
    out.put("sub", "someone-else");
    out.put("iss", "https://evil.example");
    return out;
  }
}
