package dev.hookwire.demospring.hooks;

import dev.hookwire.auth.AppContext;
import dev.hookwire.auth.AppContextPatch;
import dev.hookwire.demospring.HookTrace;
import dev.hookwire.demospring.Workspaces;
import java.util.Optional;

/**
 * The tenant of a token: the session's active organization (kept on the stored authorization),
 * or else the user's first, and the user's role there; the claims {@code organization_id} and
 * {@code role}. A client without a user (client credentials) gets the role {@code service}. Who
 * the token is for is {@code @Protected}: the patch cannot change it.
 */
public final class ResolveOauthContext {
  private final Workspaces workspaces;
  private final HookTrace trace;

  public ResolveOauthContext(Workspaces workspaces, HookTrace trace) {
    this.workspaces = workspaces;
    this.trace = trace;
  }

  public AppContextPatch handle(AppContext context) {
    if (!context.authenticated()) {
      trace.ran("resolve-oauth-context", ResolveOauthContext.class, "a client, no user: service");
      return AppContextPatch.of().role("service");
    }
    String organization = context.organizationId() != null
        ? context.organizationId()
        : workspaces.firstOrganizationOf(context.userId()).orElse(null);
    Optional<String> role =
        organization == null ? Optional.empty() : workspaces.roleOf(organization, context.userId());
    if (role.isEmpty()) {
      trace.ran("resolve-oauth-context", ResolveOauthContext.class, "no organization");
      return AppContextPatch.of().organizationId(null).role(null);
    }
    trace.ran(
        "resolve-oauth-context",
        ResolveOauthContext.class,
        "organization " + organization + ", role " + role.get());
    return AppContextPatch.of().organizationId(organization).role(role.get());
  }
}
