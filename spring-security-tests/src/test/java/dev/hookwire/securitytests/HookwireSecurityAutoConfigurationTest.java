package dev.hookwire.securitytests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.security.HookedUserDetailsManager;
import dev.hookwire.security.SecurityHookMapping;
import dev.hookwire.security.oauth2.HookwireOAuth2UserService;
import dev.hookwire.security.oauth2.HookwireOidcUserService;
import dev.hookwire.security.oauth2.HookwireTokenCustomizer;
import dev.hookwire.spring.HookwireAutoConfiguration;
import dev.hookwire.spring.security.HookwireSecurityAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** When the starter makes Spring Security fire the auth catalog, and when it stays out. */
class HookwireSecurityAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          HookwireAutoConfiguration.class, HookwireSecurityAutoConfiguration.class))
      .withBean(Events.class)
      .withBean(
          JdbcTemplate.class,
          () -> new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:unused")));

  private static String[] customizers(org.springframework.context.ApplicationContext context) {
    return context.getBeanNamesForType(
        ResolvableType.forClassWithGenerics(Customizer.class, HttpSecurity.class));
  }

  @Test
  void withAWiringOfAuthHooksEverySecurityAdapterIsDeclared() {
    runner
        .withBean("users", InMemoryUserDetailsManager.class, InMemoryUserDetailsManager::new)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(customizers(context)).containsExactly("hookwireHttpSecurity");
          assertThat(context).hasSingleBean(SecurityHookMapping.class);
          assertThat(context.getBean("users"))
              .isInstanceOf(InMemoryUserDetailsManager.class)
              .isInstanceOf(HookedUserDetailsManager.class);
          assertThat(context.getBeansOfType(OAuth2UserService.class).values())
              .hasExactlyElementsOfTypes(
                  HookwireOidcUserService.class, HookwireOAuth2UserService.class);
          assertThat(context.getBean(OAuth2TokenCustomizer.class))
              .isInstanceOf(HookwireTokenCustomizer.class);
        });
  }

  @Test
  void anApplicationsOwnMappingReplacesTheDefault() {
    SecurityHookMapping own = new SecurityHookMapping() {};
    runner
        .withBean(SecurityHookMapping.class, () -> own)
        .run(context -> assertThat(context.getBean(SecurityHookMapping.class)).isSameAs(own));
  }

  @Test
  void withoutAUserDetailsManagerNoOidcUserServiceIsDeclared() {
    runner.run(context -> assertThat(context).doesNotHaveBean(OAuth2UserService.class));
  }

  @Test
  void withoutSpringSecurityNothingOfItIsDeclared() {
    runner.withClassLoader(new FilteredClassLoader(HttpSecurity.class)).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(SecurityHookMapping.class);
    });
  }

  @Test
  void withoutAWiringOfAuthHooksNothingIsDeclared() {
    runner
        .withClassLoader(
            new FilteredClassLoader(new ClassPathResource("META-INF/hookwire/wirings")))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(customizers(context)).isEmpty();
          assertThat(context).doesNotHaveBean(SecurityHookMapping.class);
        });
  }
}
