package dev.hookwire.security.oauth2;

import dev.hookwire.auth.AppContext;
import dev.hookwire.auth.Session;
import dev.hookwire.security.SecurityHookMapping;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

/**
 * How the authorization server's types become the auth catalog's records; the counterpart of
 * {@link SecurityHookMapping} for {@code spring-security-oauth2-authorization-server}, kept apart
 * so that mapping loads without it. Declare one bean to change it. The default:
 *
 * <ul>
 *   <li>A stored authorization is a session: {@code id} the authorization's id, {@code userId} its
 *       principal name, no token; a patch's {@code activeOrganizationId} becomes the attribute
 *       {@value SecurityHookMapping#ACTIVE_ORGANIZATION} of the stored authorization.
 *   <li>A token's context is {@code authenticated} unless the grant is client credentials (a
 *       client without a user), with the principal's name as {@code userId} and the user {@link
 *       SecurityHookMapping#user(Authentication)} makes of it; a resolved {@code organizationId}
 *       and {@code role} become the claims {@code organization_id} and {@code role}.
 * </ul>
 */
public interface AuthorizationServerMapping {

  /** The default mapping, described on this interface. */
  static AuthorizationServerMapping defaults() {
    return new AuthorizationServerMapping() {};
  }

  /** The session before-session-create hooks see for an authorization about to be stored. */
  default Session session(OAuth2Authorization authorization) {
    Instant now = Instant.now();
    return new Session(
        authorization.getId(),
        authorization.getPrincipalName(),
        null,
        null,
        null,
        null,
        authorization.getAttribute(SecurityHookMapping.ACTIVE_ORGANIZATION),
        now,
        now);
  }

  /** The authorization to store once before-session-create merged the hooks' patches. */
  default OAuth2Authorization apply(Session merged, OAuth2Authorization authorization) {
    if (merged.activeOrganizationId() == null) {
      return authorization;
    }
    return OAuth2Authorization.from(authorization)
        .attribute(SecurityHookMapping.ACTIVE_ORGANIZATION, merged.activeOrganizationId())
        .build();
  }

  /** Whether storing this authorization creates a session (a client alone creates none). */
  default boolean isSession(OAuth2Authorization authorization) {
    return !AuthorizationGrantType.CLIENT_CREDENTIALS.equals(
        authorization.getAuthorizationGrantType());
  }

  /** The context resolve-oauth-context hooks see for a token about to be issued. */
  default AppContext context(JwtEncodingContext token, SecurityHookMapping users) {
    Authentication principal = token.getPrincipal();
    boolean user =
        !AuthorizationGrantType.CLIENT_CREDENTIALS.equals(token.getAuthorizationGrantType());
    String organization = token.getAuthorization() == null
        ? null
        : token.getAuthorization().getAttribute(SecurityHookMapping.ACTIVE_ORGANIZATION);
    return new AppContext(
        user,
        user ? principal.getName() : null,
        user ? users.user(principal) : null,
        organization,
        null);
  }

  /** Writes the resolved tenant fields into a token's claims. */
  default void tenantClaims(AppContext resolved, Map<String, Object> claims) {
    if (resolved.organizationId() != null) {
      claims.put("organization_id", resolved.organizationId());
    }
    if (resolved.role() != null) {
      claims.put("role", resolved.role());
    }
  }
}
