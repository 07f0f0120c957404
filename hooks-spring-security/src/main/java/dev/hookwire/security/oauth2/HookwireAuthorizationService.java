package dev.hookwire.security.oauth2;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.Session;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.security.HookDeniedException;
import java.security.Principal;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;

/**
 * An {@link OAuth2AuthorizationService} that fires before-session-create and after-session-create
 * when an authorization is stored for the first time (the authorization request of a user; not
 * its later updates as codes and tokens are issued or refreshed, and not a client-credentials
 * authorization, which has no user: {@link AuthorizationServerMapping#isSession}).
 *
 * <p>A before-session-create that rejects, fails or times out stores nothing and fails the
 * request with the OAuth2 error {@code access_denied}, whose description is the hook's message
 * (or the generic one): at the authorization endpoint, a redirect to the client with {@code
 * error}, {@code error_description} and {@code state}.
 */
public final class HookwireAuthorizationService implements OAuth2AuthorizationService {
  private final OAuth2AuthorizationService delegate;
  private final AuthHooks hooks;
  private final AuthorizationServerMapping mapping;
  private final Supplier<HookContext> context;

  public HookwireAuthorizationService(
      OAuth2AuthorizationService delegate,
      AuthHooks hooks,
      AuthorizationServerMapping mapping,
      Supplier<HookContext> context) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.hooks = Objects.requireNonNull(hooks, "hooks");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.context = Objects.requireNonNull(context, "context");
  }

  /** The service this one stores through. */
  public OAuth2AuthorizationService delegate() {
    return delegate;
  }

  @Override
  public void save(OAuth2Authorization authorization) {
    if (!mapping.isSession(authorization) || delegate.findById(authorization.getId()) != null) {
      delegate.save(authorization);
      return;
    }
    HookContext ctx = context.get();
    Session merged;
    try {
      merged = hooks.beforeSessionCreate(mapping.session(authorization), ctx);
    } catch (HookAbortedException e) {
      throw denied(e, authorization);
    }
    OAuth2Authorization stored = mapping.apply(merged, authorization);
    delegate.save(stored);
    hooks.afterSessionCreate(merged, ctx);
  }

  /**
   * The OAuth2 error {@code access_denied} a hook's abort answers with; the exception's message is
   * the error's description (what a login page shows), never the abort's own text.
   */
  static OAuth2AuthenticationException denied(HookAbortedException e) {
    OAuth2Error error = error(e);
    return new OAuth2AuthenticationException(error, error.getDescription(), e);
  }

  /**
   * The abort of an authorization request: the authorization endpoint redirects it to the
   * client's redirect URI with {@code error=access_denied}, the description and the state.
   */
  private static OAuth2AuthenticationException denied(
      HookAbortedException e, OAuth2Authorization authorization) {
    OAuth2AuthorizationRequest request =
        authorization.getAttribute(OAuth2AuthorizationRequest.class.getName());
    Authentication principal = authorization.getAttribute(Principal.class.getName());
    if (request == null || principal == null) {
      return denied(e);
    }
    return new OAuth2AuthorizationCodeRequestAuthenticationException(
        error(e),
        e,
        new OAuth2AuthorizationCodeRequestAuthenticationToken(
            request.getAuthorizationUri(),
            request.getClientId(),
            principal,
            request.getRedirectUri(),
            request.getState(),
            request.getScopes(),
            request.getAdditionalParameters()));
  }

  private static OAuth2Error error(HookAbortedException e) {
    return new OAuth2Error(
        OAuth2ErrorCodes.ACCESS_DENIED, e.userMessage().orElse(HookDeniedException.GENERIC), null);
  }

  @Override
  public void remove(OAuth2Authorization authorization) {
    delegate.remove(authorization);
  }

  @Override
  public OAuth2Authorization findById(String id) {
    return delegate.findById(id);
  }

  @Override
  public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
    return delegate.findByToken(token, tokenType);
  }
}
