package com.acme.hooks;

import dev.hookwire.runtime.HookContext;
import java.util.HashMap;
import java.util.Map;

public final class TransformCustomUserData {
  public Map<String, String> handle(Map<String, String> data, HookContext ctx) {
    Map<String, String> out = new HashMap<>(data);
    out.put("tenant", ctx.env("TENANT").orElse("acme"));
    return out;
  }
}
