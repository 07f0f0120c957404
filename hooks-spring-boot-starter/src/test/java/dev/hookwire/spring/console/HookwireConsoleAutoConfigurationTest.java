package dev.hookwire.spring.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.console.HookConsole;
import dev.hookwire.console.HookStats;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.spring.HookwireAutoConfiguration;
import dev.hookwire.spring.WelcomeMail;
import dev.hookwire.spring.console.shop.Order;
import dev.hookwire.spring.console.shop.ShopHooks;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** When the console is there, what it is made of, and the configurations that fail startup. */
class HookwireConsoleAutoConfigurationTest {
  private static final AutoConfigurations CONSOLE = AutoConfigurations.of(
      HookwireAutoConfiguration.class, HookwireConsoleAutoConfiguration.class);

  @Configuration(proxyBeanMethods = false)
  @EnableWebSecurity
  static class WithSpringSecurity {}

  private static final WebApplicationContextRunner WEB = new WebApplicationContextRunner()
      .withConfiguration(CONSOLE)
      .withUserConfiguration(WithSpringSecurity.class)
      .withBean(WelcomeMail.class, () -> text -> {});

  private static final WebApplicationContextRunner ENABLED =
      WEB.withPropertyValues("hookwire.console.enabled=true");

  @Test
  void offUnlessEnabled() {
    WEB.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(HookConsole.class);
      assertThat(context).doesNotHaveBean(HookStats.class);
      assertThat(context).doesNotHaveBean(SecurityFilterChain.class);
    });
  }

  @Test
  void enabledItHasItsOwnSecurityChainAndItsStatsHearEveryHook() {
    ENABLED.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(HookConsole.class);
      assertThat(context).hasBean("hookwireConsoleSecurity");
      assertThat(context).hasBean("hookwireConsoleRoutes");

      context
          .getBean(ShopHooks.class)
          .afterOrderPlace(new Order("o-1", "ada@example.com", 1), HookContext.empty());

      assertThat(context
              .getBean(HookStats.class)
              .of("after-order-place", HookwireConsoleTest.AFTER)
              .runs())
          .isEqualTo(1);
    });
  }

  @Test
  void notInANonWebApplication() {
    new ApplicationContextRunner()
        .withConfiguration(CONSOLE)
        .withBean(WelcomeMail.class, () -> text -> {})
        .withPropertyValues("hookwire.console.enabled=true")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(HookConsole.class);
        });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "hookwire.console.path=hookwire | hookwire.console.path | must start with '/'",
        "hookwire.console.path=/ | hookwire.console.path | below the root",
        "hookwire.console.path=/ops/ | hookwire.console.path | without a trailing '/'",
        "hookwire.console.path=/ops/** | hookwire.console.path | a plain path",
        "hookwire.console.role= | hookwire.console.role | the Spring Security role",
        "hookwire.console.role=ROLE_ADMIN | hookwire.console.role | without its ROLE_ prefix (ADMIN)",
        "hookwire.console.login-page=login | hookwire.console.login-page | must start with '/'"
      })
  void aBadPropertyFailsStartupNamingIt(String setting, String property, String says) {
    ENABLED.withPropertyValues(setting).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure())
          .rootCause()
          .isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .hasMessageContaining(property)
          .hasMessageContaining(says);
    });
  }

  @Test
  void enabledWithoutSpringSecurityFailsStartupNamingTheProperty() {
    new WebApplicationContextRunner()
        .withConfiguration(CONSOLE)
        .withBean(WelcomeMail.class, () -> text -> {})
        .withPropertyValues("hookwire.console.enabled=true")
        .withClassLoader(new FilteredClassLoader(HttpSecurity.class))
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure())
              .rootCause()
              .isInstanceOf(InvalidConfigurationPropertyValueException.class)
              .hasMessageContaining("hookwire.console.enabled")
              .hasMessageContaining("served only behind Spring Security");
        });
  }

  @Test
  void enabledWithoutTheConsoleModuleFailsStartupNamingTheProperty() {
    ENABLED.withClassLoader(new FilteredClassLoader(HookConsole.class)).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure())
          .rootCause()
          .isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .hasMessageContaining("hookwire.console.enabled")
          .hasMessageContaining("dev.hookwire:hooks-console");
    });
  }

  @Test
  @SuppressWarnings("unchecked")
  void theConfigurationMetadataListsTheConsolesPropertiesWithTheirDefaults() throws Exception {
    try (InputStream in = getClass()
        .getClassLoader()
        .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      Map<String, Object> metadata = JsonParserFactory.getJsonParser()
          .parseMap(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<Map<String, Object>> properties = (List<Map<String, Object>>) metadata.get("properties");
      Map<String, Object> defaults = new java.util.HashMap<>();
      properties.forEach(p -> defaults.put((String) p.get("name"), p.get("defaultValue")));
      assertThat(defaults)
          .containsEntry("hookwire.console.enabled", false)
          .containsEntry("hookwire.console.path", "/hookwire")
          .containsEntry("hookwire.console.role", "ADMIN")
          .containsEntry("hookwire.console.login-page", "/login")
          .containsEntry("hookwire.poll-every", "2s");
    }
  }
}
