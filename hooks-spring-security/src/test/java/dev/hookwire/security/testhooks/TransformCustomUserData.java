package dev.hookwire.security.testhooks;

import dev.hookwire.security.Fired;
import java.util.Map;

/** Records its event. */
public final class TransformCustomUserData {
  public Map<String, String> handle(Map<String, String> data) {
    Fired.add("transform-custom-user-data");
    return Map.of(
        "sub",
        "mallory",
        "aud",
        "elsewhere",
        "exp",
        "never",
        "jti",
        "x",
        "user_id",
        "mallory",
        "authenticated",
        "false",
        "organization_id",
        "org_evil",
        "plan",
        "pro");
  }
}
