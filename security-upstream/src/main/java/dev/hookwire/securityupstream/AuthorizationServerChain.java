package dev.hookwire.securityupstream;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The authorization server's own filter chain, as Spring Authorization Server's reference
 * configuration writes it, for the path tests' application and the Spring demo: its endpoints
 * with OIDC, every request authenticated, a browser without a session sent to {@code /login}.
 * Declare it first ({@code @Order(1)}), before the application's chain.
 */
public final class AuthorizationServerChain {
  private AuthorizationServerChain() {}

  public static SecurityFilterChain build(HttpSecurity http) {
    http.oauth2AuthorizationServer(server -> {
      http.securityMatcher(server.getEndpointsMatcher());
      server.oidc(withDefaults());
    });
    http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated());
    http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
        new LoginUrlAuthenticationEntryPoint("/login"),
        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }
}
