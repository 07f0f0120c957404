package dev.hookwire.demospring;

import static org.springframework.security.config.Customizer.withDefaults;

import dev.hookwire.runtime.HookStateStore;
import dev.hookwire.securityupstream.AuthorizationServerChain;
import dev.hookwire.store.jdbc.JdbcHookStateStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The demo auth server: a Spring Boot 4 application with Spring Security 7 and its authorization
 * server, written as any would be. Nothing here calls Hookwire: the starter finds the hooks
 * package {@code dev.hookwire.demospring.hooks} and makes Spring Security fire it. Users live in a
 * {@link JdbcUserDetailsManager} on {@code spring.datasource.*} (an in-memory H2 database unless
 * configured otherwise).
 *
 * <ul>
 *   <li>{@code POST /sign-up} and {@code POST /admin/create-user} (role {@code ADMIN}): {@link
 *       AccountController};
 *   <li>form login at {@code /login} (a page with the form for a browser), HTTP Basic on every
 *       endpoint;
 *   <li>the hooks console at {@code /hookwire/}, for the role {@code ADMIN} (the seeded {@code
 *       admin@example.com}): the starter serves it behind its own security filter chain, with CSRF
 *       protection; the hooks' live state is kept in the database ({@link #hookStateStore}), so
 *       several instances on one database agree;
 *   <li>the authorization server's endpoints ({@code /oauth2/authorize}, {@code /oauth2/token},
 *       OIDC), issuing JWTs to the client {@code demo-client};
 *   <li>OIDC login ({@code /oauth2/authorization/upstream}) when a client registration is
 *       configured, as {@link DemoSpring} does for its upstream server.
 * </ul>
 *
 * CSRF protection is off on the demo's own endpoints so that the scripted session stays short; a
 * real service keeps it (the console's chain always has it).
 */
@SpringBootApplication
public class DemoSpringApplication {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  JdbcUserDetailsManager users(DataSource dataSource) {
    return new JdbcUserDetailsManager(dataSource);
  }

  /**
   * The hooks' live state (switches, live versions, history) in the demo's database, so that every
   * instance of the service on it agrees within {@code hookwire.poll-every}.
   */
  @Bean
  HookStateStore hookStateStore(DataSource dataSource) {
    return JdbcHookStateStore.create(dataSource);
  }

  @Bean
  DemoSettings demoSettings(
      @Value("${demo.plan:free}") String plan, @Value("${demo.backfill-delay-ms:0}") long delay) {
    return new DemoSettings(plan, java.time.Duration.ofMillis(delay));
  }

  /** Marks each request's start and end for the trace, around everything else. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> hookTraceFilter(HookTrace trace) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(
          HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        trace.begin();
        try {
          chain.doFilter(request, response);
        } finally {
          trace.end();
        }
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) {
    return AuthorizationServerChain.build(http);
  }

  @Bean
  @Order(2)
  SecurityFilterChain site(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc) {
    http.authorizeHttpRequests(requests -> {
      requests.requestMatchers("/admin/**").hasRole("ADMIN");
      requests.requestMatchers("/sign-up", "/login", "/error").permitAll();
      requests.anyRequest().authenticated();
    });
    // After a login, back to the page that asked for it (the console), else /me.
    http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/me"));
    http.httpBasic(withDefaults());
    if (oidc.getIfAvailable() != null) {
      http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/me", true));
    }
    http.csrf(AbstractHttpConfigurer::disable);
    return http.build();
  }
}
