package dev.hookwire.demospring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.spring.HookwireAutoConfiguration;
import dev.hookwire.spring.console.HookwireConsoleAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.web.SecurityFilterChain;

/**
 * An application that declares no security filter chain of its own gets Spring Boot's default one
 * (every request authenticated) even with the console on: the console's chain is added after
 * Spring Boot decided, so it never takes the default one's place. (The demo's hooks get mocks for
 * their beans: only the chains are looked at.)
 */
class ConsoleBesideBootsDefaultSecurityTest {
  @Test
  void theApplicationKeepsSpringBootsDefaultChainBesideTheConsoles() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(
            HookwireConsoleAutoConfiguration.class,
            HookwireAutoConfiguration.class,
            SecurityAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class))
        .withBean(HookDependencies.class, () -> HookDependencies.from(Mockito::mock))
        .withPropertyValues("hookwire.console.enabled=true")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBeansOfType(SecurityFilterChain.class))
              .containsOnlyKeys("hookwireConsoleSecurity", "defaultSecurityFilterChain");
        });
  }
}
