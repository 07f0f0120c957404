package dev.hookwire.security.oauth2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.security.Fired;
import dev.hookwire.security.SecurityHookMapping;
import dev.hookwire.security.UserDetailsManagerProxies;
import dev.hookwire.security.testhooks.HookWiring;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** A plain OAuth2 login (GitHub-like, no OIDC): the first sign-in creates the user, once. */
class HookwireOAuth2UserServiceTest {
  private final HookRuntime runtime = HookRuntime.builder().build();
  private final InMemoryUserDetailsManager stored = new InMemoryUserDetailsManager();
  private HookwireOAuth2UserService service;

  @BeforeEach
  void setUp() {
    Fired.reset(false);
    HookWiring hooks = new HookWiring(runtime);
    // the hooked proxy the starter makes of the application's manager: unwrapped, events once
    service = new HookwireOAuth2UserService(
        request -> new DefaultOAuth2User(
            List.of(new SimpleGrantedAuthority("OAUTH2_USER")),
            Map.of("login", "octocat", "email", "octo@github.example", "name", "Octo Cat"),
            "login"),
        UserDetailsManagerProxies.hooked(stored, hooks, SecurityHookMapping.defaults()),
        hooks,
        SecurityHookMapping.defaults());
  }

  @AfterEach
  void close() {
    runtime.close();
  }

  private static OAuth2UserRequest request() {
    ClientRegistration github = ClientRegistration.withRegistrationId("github")
        .clientId("id")
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .authorizationUri("https://github.example/authorize")
        .tokenUri("https://github.example/token")
        .userInfoUri("https://github.example/user")
        .userNameAttributeName("login")
        .build();
    return new OAuth2UserRequest(
        github,
        new OAuth2AccessToken(
            OAuth2AccessToken.TokenType.BEARER,
            "t",
            Instant.now(),
            Instant.now().plusSeconds(60)));
  }

  @Test
  void theFirstSignInCreatesTheUserOnceAndAReturningOneFiresNothing() {
    service.loadUser(request());
    service.loadUser(request());

    assertThat(Fired.events()).containsExactly("before-user-create", "after-user-create");
    assertThat(stored.userExists("octocat")).isTrue();
  }

  @Test
  void aRejectedFirstSignInStoresNothing() {
    Fired.reset(true);

    assertThatThrownBy(() -> service.loadUser(request()))
        .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e -> {
          assertThat(e.getError().getErrorCode()).isEqualTo("access_denied");
          assertThat(e.getMessage()).isEqualTo("No before-user-create.");
        });
    assertThat(stored.userExists("octocat")).isFalse();
  }
}
