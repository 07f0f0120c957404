package dev.hookwire.spring.security;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.security.HookwireSecurityConfigurer;
import dev.hookwire.security.SecurityHookMapping;
import dev.hookwire.security.UserDetailsManagerProxies;
import dev.hookwire.security.oauth2.AuthorizationServerMapping;
import dev.hookwire.security.oauth2.HookwireOAuth2UserService;
import dev.hookwire.security.oauth2.HookwireOidcUserService;
import dev.hookwire.security.oauth2.HookwireTokenCustomizer;
import dev.hookwire.spring.HookwireAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * Spring Security fires the auth catalog when it and a wiring of {@link AuthHooks} are present
 * ({@code hooks-spring-security} does the work; this only declares it):
 *
 * <ul>
 *   <li>a {@code Customizer<HttpSecurity>} applying {@link HookwireSecurityConfigurer} to every
 *       security filter chain (logins, sessions, the authorization server's stored authorizations);
 *   <li>every {@link UserDetailsManager} bean proxied so that its {@code createUser} fires the user
 *       events ({@link UserDetailsManagerProxies}: it keeps its class);
 *   <li>with the OAuth2 client and a {@code UserDetailsManager}, an OIDC and an OAuth2 user service
 *       creating first-time users, each unless the application declares its own;
 *   <li>with the authorization server, the {@code @Primary} token customizer that composes with
 *       the application's own;
 *   <li>the default {@link SecurityHookMapping} and {@link AuthorizationServerMapping}, unless the
 *       application declares its own.
 * </ul>
 */
@AutoConfiguration(after = HookwireAutoConfiguration.class)
@ConditionalOnClass(HttpSecurity.class)
@ConditionalOnBean(AuthHooks.class)
public final class HookwireSecurityAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  SecurityHookMapping securityHookMapping() {
    return SecurityHookMapping.defaults();
  }

  @Bean
  Customizer<HttpSecurity> hookwireHttpSecurity(AuthHooks hooks, SecurityHookMapping mapping) {
    return HookwireSecurityConfigurer.customizer(hooks, mapping);
  }

  @Bean
  static BeanPostProcessor hookwireUserDetailsManagers(
      ObjectProvider<AuthHooks> hooks, ObjectProvider<SecurityHookMapping> mapping) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof UserDetailsManager users) {
          return UserDetailsManagerProxies.hooked(users, hooks.getObject(), mapping.getObject());
        }
        return bean;
      }
    };
  }

  /** First OAuth2 and OIDC sign-ins create the user. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(OidcUserService.class)
  @ConditionalOnBean(UserDetailsManager.class)
  static final class OidcLogin {
    @Bean
    @ConditionalOnMissingBean
    OAuth2UserService<OidcUserRequest, OidcUser> hookwireOidcUserService(
        UserDetailsManager users, AuthHooks hooks, SecurityHookMapping mapping) {
      return new HookwireOidcUserService(new OidcUserService(), users, hooks, mapping);
    }

    @Bean
    @ConditionalOnMissingBean
    OAuth2UserService<OAuth2UserRequest, OAuth2User> hookwireOAuth2UserService(
        UserDetailsManager users, AuthHooks hooks, SecurityHookMapping mapping) {
      return new HookwireOAuth2UserService(new DefaultOAuth2UserService(), users, hooks, mapping);
    }
  }

  /** Token issuance fires resolve-oauth-context and transform-custom-user-data. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JwtEncodingContext.class)
  static final class AuthorizationServer {
    @Bean
    @ConditionalOnMissingBean
    AuthorizationServerMapping authorizationServerMapping() {
      return AuthorizationServerMapping.defaults();
    }

    @Bean
    @Primary
    OAuth2TokenCustomizer<JwtEncodingContext> hookwireTokenCustomizer(
        AuthHooks hooks,
        SecurityHookMapping users,
        AuthorizationServerMapping mapping,
        ObjectProvider<OAuth2TokenCustomizer<JwtEncodingContext>> customizers) {
      return new HookwireTokenCustomizer(
          hooks, users, mapping, () -> customizers.orderedStream().toList());
    }
  }
}
