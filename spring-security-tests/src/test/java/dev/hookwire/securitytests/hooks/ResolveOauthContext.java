package dev.hookwire.securitytests.hooks;

import dev.hookwire.auth.AppContext;
import dev.hookwire.auth.AppContextPatch;
import dev.hookwire.securitytests.Events;

/** Records; puts the user in an organization with a role. */
public final class ResolveOauthContext {
  private final Events events;

  public ResolveOauthContext(Events events) {
    this.events = events;
  }

  public AppContextPatch handle(AppContext context) {
    events.fire("resolve-oauth-context");
    return context.authenticated()
        ? AppContextPatch.of().organizationId("org_" + context.userId()).role("member")
        : AppContextPatch.of().role("service");
  }
}
