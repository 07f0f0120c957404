package dev.hookwire.security.oauth2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.security.Fired;
import dev.hookwire.security.SecurityHookMapping;
import dev.hookwire.security.testhooks.HookWiring;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class HookwireTokenCustomizerTest {
  private static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");

  private final HookRuntime runtime = HookRuntime.builder().build();
  private final OAuth2TokenCustomizer<JwtEncodingContext> application =
      token -> token.getClaims().claim("team", "blue");
  private final HookwireTokenCustomizer customizer = new HookwireTokenCustomizer(
      new HookWiring(runtime),
      SecurityHookMapping.defaults(),
      AuthorizationServerMapping.defaults(),
      () -> List.of(application));

  @BeforeEach
  void reset() {
    Fired.reset(false);
  }

  @AfterEach
  void close() {
    RequestContextHolder.resetRequestAttributes();
    runtime.close();
  }

  private static JwtEncodingContext token(OAuth2TokenType type) {
    RegisteredClient client = RegisteredClient.withId("1")
        .clientId("app")
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("http://127.0.0.1/callback")
        .build();
    JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
        .subject("ada")
        .issuer("https://issuer.example")
        .audience(List.of("app"))
        .issuedAt(ISSUED)
        .expiresAt(ISSUED.plusSeconds(300))
        .id("jti-1");
    return JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256), claims)
        .registeredClient(client)
        .principal(UsernamePasswordAuthenticationToken.authenticated("ada", null, List.of()))
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .tokenType(type)
        .build();
  }

  @Test
  void noHookChangesWhoTheTokenIsForNotEvenThroughTheCustomClaims() {
    JwtEncodingContext token = token(OAuth2TokenType.ACCESS_TOKEN);

    customizer.customize(token);

    Map<String, Object> claims = token.getClaims().build().getClaims();
    assertThat(claims)
        .containsEntry("sub", "ada")
        .containsEntry("aud", List.of("app"))
        .containsEntry("iat", ISSUED)
        .containsEntry("exp", ISSUED.plusSeconds(300))
        .containsEntry("jti", "jti-1")
        .containsEntry("organization_id", "org_1")
        .containsEntry("plan", "pro")
        .doesNotContainKeys("user_id", "authenticated", "team");
    assertThat(claims.get("iss")).hasToString("https://issuer.example");
  }

  @Test
  void theHooksRunOncePerTokenRequestForTheAccessAndTheIdToken() {
    RequestContextHolder.setRequestAttributes(
        new ServletRequestAttributes(new MockHttpServletRequest("POST", "/oauth2/token")));
    JwtEncodingContext access = token(OAuth2TokenType.ACCESS_TOKEN);
    JwtEncodingContext id = token(new OAuth2TokenType("id_token"));

    customizer.customize(access);
    customizer.customize(id);

    assertThat(Fired.events())
        .containsExactly("resolve-oauth-context", "transform-custom-user-data");
    assertThat(id.getClaims().build().getClaims()).containsEntry("plan", "pro");
  }

  @Test
  void aRejectionIsAnOAuth2AccessDeniedWithTheHooksMessage() {
    Fired.reset(true);

    assertThatThrownBy(() -> customizer.customize(token(OAuth2TokenType.ACCESS_TOKEN)))
        .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e -> {
          assertThat(e.getError().getErrorCode()).isEqualTo("access_denied");
          assertThat(e.getError().getDescription()).isEqualTo("No resolve-oauth-context.");
        });
  }
}
