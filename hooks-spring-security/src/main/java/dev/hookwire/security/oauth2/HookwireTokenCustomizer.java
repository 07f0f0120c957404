package dev.hookwire.security.oauth2;

import dev.hookwire.auth.AppContext;
import dev.hookwire.auth.AuthHooks;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.security.HookRequests;
import dev.hookwire.security.SecurityHookMapping;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The one {@code OAuth2TokenCustomizer<JwtEncodingContext>} of the authorization server (Spring
 * uses a single such bean; the starter declares this one {@code @Primary}): it runs the
 * application's own customizers first, then, for each JWT (access token, ID token):
 *
 * <ol>
 *   <li>resolve-oauth-context on the {@link AuthorizationServerMapping#context context} of the
 *       token, its tenant fields written as claims ({@link AuthorizationServerMapping#tenantClaims});
 *   <li>transform-custom-user-data on the token's custom claims (its string claims that are not
 *       standard), the result replacing them (a tenant claim wins over a custom one of its name);
 *   <li>the protected claims put back as they were before any hook ran: {@link
 *       SecurityHookMapping#protectedClaims()} and the protocol claims ({@code nbf}, {@code
 *       scope}, {@code azp}, {@code auth_time}, {@code nonce}, {@code sid}...), removed when they
 *       were absent, so no hook changes who a token is for, even through a map key named {@code
 *       sub}.
 * </ol>
 *
 * Both hooks run once per token request: the ID token of the same request reuses the outcome.
 * A resolve-oauth-context that rejects, fails or times out fails the request with the OAuth2 error
 * {@code access_denied} and its description.
 */
public final class HookwireTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {
  private static final Set<String> PROTOCOL_CLAIMS = Set.of(
      "nbf",
      "scope",
      "azp",
      "auth_time",
      "nonce",
      "sid",
      "at_hash",
      "c_hash",
      "acr",
      "amr",
      "client_id",
      "token_type");
  private static final String OUTCOME = HookwireTokenCustomizer.class.getName() + ".outcome";

  private final AuthHooks hooks;
  private final SecurityHookMapping users;
  private final AuthorizationServerMapping mapping;
  private final Supplier<List<OAuth2TokenCustomizer<JwtEncodingContext>>> applicationCustomizers;

  /**
   * @param applicationCustomizers the application's own customizers, asked on each token (so a
   *     bean container can supply them lazily); this one is left out if it appears
   */
  public HookwireTokenCustomizer(
      AuthHooks hooks,
      SecurityHookMapping users,
      AuthorizationServerMapping mapping,
      Supplier<List<OAuth2TokenCustomizer<JwtEncodingContext>>> applicationCustomizers) {
    this.hooks = Objects.requireNonNull(hooks, "hooks");
    this.users = Objects.requireNonNull(users, "users");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.applicationCustomizers =
        Objects.requireNonNull(applicationCustomizers, "applicationCustomizers");
  }

  /** What the hooks made of one token request. */
  private record Outcome(AppContext context, Map<String, String> custom) {}

  @Override
  public void customize(JwtEncodingContext token) {
    for (OAuth2TokenCustomizer<JwtEncodingContext> customizer : applicationCustomizers.get()) {
      if (customizer != this) {
        customizer.customize(token);
      }
    }
    Set<String> kept = protectedClaims();
    Map<String, Object> before = new HashMap<>();
    token.getClaims().claims(claims -> before.putAll(claims));
    Outcome outcome = outcome(token, before, kept);
    token.getClaims().claims(claims -> {
      claims.keySet().removeAll(customClaims(before, kept).keySet());
      claims.putAll(outcome.custom());
      mapping.tenantClaims(outcome.context(), claims); // over a custom claim of the same name
      for (String name : kept) {
        if (before.containsKey(name)) {
          claims.put(name, before.get(name));
        } else {
          claims.remove(name);
        }
      }
    });
  }

  private Set<String> protectedClaims() {
    Set<String> kept = new HashSet<>(users.protectedClaims());
    kept.addAll(PROTOCOL_CLAIMS);
    return kept;
  }

  private Outcome outcome(JwtEncodingContext token, Map<String, Object> claims, Set<String> kept) {
    HttpServletRequest request = HookRequests.current();
    if (request != null && request.getAttribute(OUTCOME) instanceof Outcome earlier) {
      return earlier;
    }
    HookContext ctx = HookRequests.context(request);
    AppContext resolved;
    try {
      resolved = hooks.resolveOauthContext(mapping.context(token, users), ctx);
    } catch (HookAbortedException e) {
      throw HookwireAuthorizationService.denied(e);
    }
    Map<String, String> custom = resolved.authenticated()
        ? hooks.transformCustomUserData(customClaims(claims, kept), ctx)
        : customClaims(claims, kept);
    Map<String, String> shaped = new LinkedHashMap<>();
    custom.forEach((name, value) -> {
      if (name != null && value != null) {
        shaped.put(name, value);
      }
    });
    Outcome outcome = new Outcome(resolved, shaped);
    if (request != null) {
      request.setAttribute(OUTCOME, outcome);
    }
    return outcome;
  }

  /** The token's string claims that are neither protected nor protocol claims. */
  private static Map<String, String> customClaims(Map<String, Object> claims, Set<String> kept) {
    Map<String, String> custom = new LinkedHashMap<>();
    claims.forEach((name, value) -> {
      if (value instanceof String text && !kept.contains(name)) {
        custom.put(name, text);
      }
    });
    return custom;
  }
}
