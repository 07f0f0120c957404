package dev.hookwire.security.testhooks;

import dev.hookwire.auth.AppContext;
import dev.hookwire.auth.AppContextPatch;
import dev.hookwire.security.Fired;

/** Records its event. */
public final class ResolveOauthContext {
  public AppContextPatch handle(AppContext context) {
    Fired.add("resolve-oauth-context");
    return AppContextPatch.of().organizationId("org_1");
  }
}
