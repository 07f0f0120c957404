package dev.hookwire.securitytests;

import static org.springframework.security.config.Customizer.withDefaults;

import dev.hookwire.securityupstream.AuthorizationServerChain;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * An auth server as a Spring Boot application writes it, with nothing of Hookwire but the starter
 * and a hooks package: users in a {@code JdbcUserDetailsManager} on H2, form login, HTTP Basic, a
 * sign-up and an admin create-user endpoint, the authorization server issuing JWTs, and OIDC login
 * against an upstream server when a client registration is configured.
 */
@SpringBootApplication
public class SecurityTestApplication {

  @Bean
  Events events() {
    return new Events();
  }

  @Bean
  JdbcUserDetailsManager users(DataSource dataSource) {
    return new JdbcUserDetailsManager(dataSource);
  }

  /** The application's own token customizer: Hookwire's composes with it. */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> applicationClaims() {
    return token -> token.getClaims().claim("app_claim", "from-the-application");
  }

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServer(HttpSecurity http) {
    return AuthorizationServerChain.build(http);
  }

  @Bean
  @Order(2)
  SecurityFilterChain application(
      HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations) {
    http.authorizeHttpRequests(authorize -> authorize
        .requestMatchers("/sign-up", "/login", "/error")
        .permitAll()
        .requestMatchers("/admin/**")
        .hasRole("ADMIN")
        .anyRequest()
        .authenticated());
    http.formLogin(form -> form.loginPage("/login").permitAll());
    http.httpBasic(withDefaults());
    if (registrations.getIfAvailable() != null) {
      http.oauth2Login(login -> login.loginPage("/login"));
    }
    http.csrf(AbstractHttpConfigurer::disable);
    return http.build();
  }
}
