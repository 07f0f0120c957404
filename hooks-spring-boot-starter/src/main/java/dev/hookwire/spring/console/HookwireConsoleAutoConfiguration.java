package dev.hookwire.spring.console;

import dev.hookwire.console.HookConsole;
import dev.hookwire.console.HookStats;
import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.spring.HookwireAutoConfiguration;
import dev.hookwire.spring.Wirings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The hooks console ({@code hooks-console}) in a servlet web application, when {@code
 * hookwire.console.enabled=true}: its page and JSON API under {@code hookwire.console.path}
 * ({@link ConsoleRoutes}, a {@link RouterFunction} bean, nothing component-scanned), backed by one
 * {@link HookConsole} over every wiring bean, with a {@link HookStats} listener counting runs,
 * failures and timeouts (a {@code HookListener} bean, so the auto-configured runtime tells it
 * about every hook).
 *
 * <p>Only behind Spring Security: {@link ConsoleSecurity} adds the console's own security filter
 * chain. Enabled without Spring Security, or without {@code hooks-console}, on the class path,
 * startup fails naming {@code hookwire.console.enabled}. Runs after Spring Boot's security
 * auto-configurations, so that the console's chain never takes the place of the application's
 * default one (which Spring Boot adds only when there is no chain).
 */
@AutoConfiguration(
    after = HookwireAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"
    })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnProperty(
    prefix = HookwireConsoleProperties.PREFIX,
    name = "enabled",
    havingValue = "true")
@EnableConfigurationProperties(HookwireConsoleProperties.class)
@Import({
  HookwireConsoleAutoConfiguration.Console.class,
  ConsoleSecurity.class,
  HookwireConsoleAutoConfiguration.WithoutSecurity.class,
  HookwireConsoleAutoConfiguration.WithoutConsoleModule.class
})
public final class HookwireConsoleAutoConfiguration {
  private static final String ENABLED = HookwireConsoleProperties.PREFIX + ".enabled";

  /** The console itself, with Spring MVC and {@code hooks-console}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({HookConsole.class, RouterFunction.class})
  static class Console {
    /** Counts each hook's runs, failures and timeouts for the page, told by the runtime. */
    @Bean
    @ConditionalOnMissingBean
    HookStats hookwireConsoleStats() {
      return new HookStats();
    }

    /**
     * Every wiring bean: described through the bean (its live state), and created afresh for a
     * dry run on the console's own runtime with the {@link HookDependencies} the bean got.
     */
    @Bean
    @ConditionalOnMissingBean
    HookConsole hookwireConsole(
        HookRuntime runtime,
        Wirings wirings,
        ConfigurableListableBeanFactory beans,
        ObjectProvider<HookDependencies> dependencies,
        ObjectProvider<HookStats> stats) {
      HookConsole.Builder console = HookConsole.builder(runtime);
      stats.ifAvailable(console::stats);
      HookDependencies lookup = dependencies.getIfAvailable(HookDependencies::none);
      for (Wirings.Wiring wiring : wirings.all()) {
        Object bean = beans.getBeanProvider(wiring.type()).getIfUnique();
        if (bean != null) {
          add(console, wiring, wiring.type(), bean, lookup);
        }
      }
      return console.build();
    }

    private static <W> void add(
        HookConsole.Builder console,
        Wirings.Wiring wiring,
        Class<W> type,
        Object bean,
        HookDependencies dependencies) {
      console.wiring(
          type,
          () -> wiring.describe(bean),
          dryRunRuntime -> type.cast(wiring.create(dryRunRuntime, dependencies)));
    }

    @Bean
    RouterFunction<ServerResponse> hookwireConsoleRoutes(
        HookConsole console, HookwireConsoleProperties properties) {
      return ConsoleRoutes.of(console, properties.checked().path());
    }
  }

  /** Enabled without Spring Security: fails startup rather than serve the console to anyone. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(WithoutSecurity.NotBoth.class)
  static final class WithoutSecurity {
    WithoutSecurity() {
      throw new InvalidConfigurationPropertyValueException(
          ENABLED,
          true,
          "the console is served only behind Spring Security, which is not on the class path: add"
              + " spring-boot-starter-security (the console needs the role of"
              + " hookwire.console.role), or remove " + ENABLED);
    }

    /** Unless both Spring Security's configuration and its web filters are on the class path. */
    static final class NotBoth extends NoneNestedConditions {
      NotBoth() {
        super(ConfigurationPhase.PARSE_CONFIGURATION);
      }

      @ConditionalOnClass(name = {ConsoleSecurity.HTTP_SECURITY, ConsoleSecurity.FILTER_CHAIN})
      static final class SpringSecurity {}
    }
  }

  /** Enabled without the console's module: fails startup rather than serve nothing. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingClass("dev.hookwire.console.HookConsole")
  static final class WithoutConsoleModule {
    WithoutConsoleModule() {
      throw new InvalidConfigurationPropertyValueException(
          ENABLED,
          true,
          "the console's page and API are in the module dev.hookwire:hooks-console, which is not"
              + " on the class path: add it beside the starter, or remove " + ENABLED);
    }
  }
}
