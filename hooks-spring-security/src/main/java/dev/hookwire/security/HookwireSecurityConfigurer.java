package dev.hookwire.security;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.security.oauth2.AuthorizationServerHooks;
import java.util.Objects;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.util.ClassUtils;

/**
 * Makes one {@link HttpSecurity} fire the auth catalog: its authentication manager is wrapped in
 * a {@link HookwireAuthenticationManager} (every login mechanism of the chain uses it: form login,
 * HTTP Basic, OAuth2/OIDC login), its session strategy in a {@link
 * HookwireSessionAuthenticationStrategy}, a {@link LoginCompletionFilter} goes first, and when the
 * chain is an authorization server's its {@code OAuth2AuthorizationService} fires the session
 * events ({@link AuthorizationServerHooks}).
 *
 * <p>Apply it to every chain with {@link #customizer}, a {@code Customizer<HttpSecurity>} bean
 * (Spring Security applies such beans to each {@code HttpSecurity} it creates, before the
 * application's own configuration; the starter declares it). Applied by hand, {@code
 * http.with(..)} must come before {@code formLogin()}, {@code httpBasic()} and {@code
 * oauth2Login()}: a configurer wraps the manager in its configure phase, and the login filters
 * configured earlier already hold the unwrapped one.
 */
public final class HookwireSecurityConfigurer
    extends AbstractHttpConfigurer<HookwireSecurityConfigurer, HttpSecurity> {
  private static final boolean AUTHORIZATION_SERVER = ClassUtils.isPresent(
      "org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService",
      HookwireSecurityConfigurer.class.getClassLoader());

  private final AuthHooks hooks;
  private final SecurityHookMapping mapping;

  public HookwireSecurityConfigurer(AuthHooks hooks, SecurityHookMapping mapping) {
    this.hooks = Objects.requireNonNull(hooks, "hooks");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  /** A customizer that applies this configurer; declare it as a bean to cover every chain. */
  public static Customizer<HttpSecurity> customizer(AuthHooks hooks, SecurityHookMapping mapping) {
    return http -> http.with(new HookwireSecurityConfigurer(hooks, mapping));
  }

  @Override
  public void init(HttpSecurity http) {
    // Session management set its strategy in its own init, which ran before this one.
    SessionAuthenticationStrategy sessions =
        http.getSharedObject(SessionAuthenticationStrategy.class);
    if (sessions != null && !(sessions instanceof HookwireSessionAuthenticationStrategy)) {
      http.setSharedObject(
          SessionAuthenticationStrategy.class,
          new HookwireSessionAuthenticationStrategy(sessions, hooks, mapping));
    }
    if (AUTHORIZATION_SERVER) {
      AuthorizationServerHooks.apply(http, hooks, mapping);
    }
  }

  @Override
  public void configure(HttpSecurity http) {
    AuthenticationManager manager = http.getSharedObject(AuthenticationManager.class);
    if (manager != null && !(manager instanceof HookwireAuthenticationManager)) {
      http.setSharedObject(
          AuthenticationManager.class, new HookwireAuthenticationManager(manager, hooks, mapping));
    }
    http.addFilterBefore(new LoginCompletionFilter(hooks), DisableEncodeUrlFilter.class);
  }
}
