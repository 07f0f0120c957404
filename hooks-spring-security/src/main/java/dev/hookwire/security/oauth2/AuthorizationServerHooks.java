package dev.hookwire.security.oauth2;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.security.HookRequests;
import dev.hookwire.security.SecurityHookMapping;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;

/**
 * What {@link dev.hookwire.security.HookwireSecurityConfigurer} does to an authorization server's
 * chain: the {@link OAuth2AuthorizationService} it will use (the chain's, else the application's
 * unique bean, else an in-memory one, as Spring Security itself chooses) is wrapped in a {@link
 * HookwireAuthorizationService}. Only loaded when the authorization server is on the class path.
 */
public final class AuthorizationServerHooks {
  private AuthorizationServerHooks() {}

  /** Wraps the authorization service of {@code http} when it is an authorization server's chain. */
  public static void apply(HttpSecurity http, AuthHooks hooks, SecurityHookMapping users) {
    if (http.getConfigurer(OAuth2AuthorizationServerConfigurer.class) == null) {
      return;
    }
    ApplicationContext context = http.getSharedObject(ApplicationContext.class);
    OAuth2AuthorizationService service = http.getSharedObject(OAuth2AuthorizationService.class);
    if (service == null && context != null) {
      service = context.getBeanProvider(OAuth2AuthorizationService.class).getIfUnique();
    }
    if (service == null) {
      service = new InMemoryOAuth2AuthorizationService();
    }
    if (service instanceof HookwireAuthorizationService) {
      return;
    }
    AuthorizationServerMapping mapping = context == null
        ? AuthorizationServerMapping.defaults()
        : context
            .getBeanProvider(AuthorizationServerMapping.class)
            .getIfUnique(AuthorizationServerMapping::defaults);
    http.setSharedObject(
        OAuth2AuthorizationService.class,
        new HookwireAuthorizationService(service, hooks, mapping, HookRequests::context));
  }
}
