package dev.hookwire.demo.hooks;

import dev.hookwire.auth.AppContext;
import dev.hookwire.auth.AppContextPatch;
import dev.hookwire.demo.HookTrace;
import dev.hookwire.demo.Workspaces;
import dev.hookwire.runtime.HookContext;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Quickback's {@code resolve-oauth-context}: the tenant of the request. The organization is the
 * session's active one, or else the user's first; the role is the user's membership role there.
 * A user who is not a member of the session's organization gets no organization. Who is
 * authenticated is {@code @Protected}: the patch has no setter for it.
 */
public final class ResolveOauthContext {
  private final DataSource dataSource;

  /** @param dataSource the service's database, from the host's {@code HookDependencies} */
  public ResolveOauthContext(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public AppContextPatch handle(AppContext context, HookContext ctx) throws SQLException {
    if (!context.authenticated()) {
      return null;
    }
    String organization = context.organizationId();
    if (organization == null) {
      organization =
          Workspaces.firstOrganizationOf(dataSource, context.userId()).orElse(null);
    }
    Optional<String> role = organization == null
        ? Optional.empty()
        : Workspaces.roleOf(dataSource, organization, context.userId());
    if (role.isEmpty()) {
      HookTrace.of(ctx).ran("resolve-oauth-context", ResolveOauthContext.class, "no organization");
      return AppContextPatch.of().organizationId(null).role(null);
    }
    HookTrace.of(ctx)
        .ran(
            "resolve-oauth-context",
            ResolveOauthContext.class,
            "organization " + organization + ", role " + role.get());
    return AppContextPatch.of().organizationId(organization).role(role.get());
  }
}
