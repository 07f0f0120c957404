package dev.hookwire.demo.hooks;

import dev.hookwire.demo.HookTrace;
import dev.hookwire.demo.Workspaces;
import dev.hookwire.runtime.HookContext;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Pika's {@code transformCustomUserData}: shape the custom claims. Adds the organization's name
 * and the plan (the {@code DEFAULT_PLAN} environment value, else {@code free}). The input is
 * read-only, so it builds a new map; if this throws, the host gets the claims unchanged.
 */
public final class TransformCustomUserData {
  private final DataSource dataSource;

  /** @param dataSource the service's database, from the host's {@code HookDependencies} */
  public TransformCustomUserData(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Map<String, String> handle(Map<String, String> claims, HookContext ctx)
      throws SQLException {
    Map<String, String> shaped = new LinkedHashMap<>(claims);
    String organization = claims.get("org_id");
    if (organization != null) {
      Workspaces.nameOf(dataSource, organization).ifPresent(name -> shaped.put("org_name", name));
    }
    shaped.put("plan", ctx.env("DEFAULT_PLAN").orElse("free"));
    HookTrace.of(ctx)
        .ran(
            "transform-custom-user-data",
            TransformCustomUserData.class,
            "added "
                + String.join(
                    ", ",
                    shaped.keySet().stream().filter(k -> !claims.containsKey(k)).toList()));
    return shaped;
  }
}
