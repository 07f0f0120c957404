package dev.hookwire.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.auth.AuthHooks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What an application that injects a catalog two hooks packages implement is told at startup. */
@ExtendWith(OutputCaptureExtension.class)
class AmbiguousCatalogFailureAnalyzerTest {

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(HookwireAutoConfiguration.class)
  static class InjectsAuthHooks {
    @Autowired
    AuthHooks hooks;

    @Bean
    WelcomeMail welcomeMail() {
      return email -> {};
    }
  }

  @Test
  void springBootsFailureReportNamesBothWiringsAndTheTwoFixes(CapturedOutput output) {
    SpringApplication application = new SpringApplication(InjectsAuthHooks.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    assertThatThrownBy(application::run)
        .hasRootCauseInstanceOf(NoUniqueBeanDefinitionException.class);
    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains(
            "dev.hookwire.auth.AuthHooks was injected, and the wirings of 2 hooks packages implement it: "
                + HookwireAutoConfigurationTest.AUTH + ", " + HookwireAutoConfigurationTest.LEGACY
                + ".")
        .contains(
            "Set hookwire.primary to the hooks package to inject as dev.hookwire.auth.AuthHooks (hookwire.primary=dev.hookwire.spring.auth),"
                + " or inject each wiring by its class (" + HookwireAutoConfigurationTest.AUTH
                + ").");
  }

  @Test
  void leavesOtherAmbiguitiesToSpringBoot() {
    AmbiguousCatalogFailureAnalyzer analyzer = new AmbiguousCatalogFailureAnalyzer();
    assertThat(analyzer.analyze(
            new NoUniqueBeanDefinitionException(Runnable.class, List.of("first", "second"))))
        .isNull();
    assertThat(analyzer.analyze(new NoUniqueBeanDefinitionException(
            Object.class, List.of("a.HookWiring", "b.HookWiring"))))
        .isNull();
  }
}
