package com.acme.hooks;

import com.acme.app.Journal;
import dev.hookwire.runtime.HookContext;
import java.util.HashMap;
import java.util.Map;

public final class TransformCustomUserData {
  public Map<String, String> handle(Map<String, String> claims, HookContext ctx) {
    ctx.service(Journal.class).add("TransformCustomUserData");
    Map<String, String> shaped = new HashMap<>(claims);
    shaped.put("plan", "pro");
    return shaped;
  }
}
