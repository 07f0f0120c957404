package dev.hookwire.bench.boot;

import dev.hookwire.bench.support.Accumulator;
import dev.hookwire.spring.HookwireAutoConfiguration;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The Spring Boot applications the Spring benchmarks start: non-web, no banner, no startup log,
 * every auto-configuration on the class path evaluated. The hooks applications see only the
 * wirings they list ({@link WiringIndexLoader}), as an application that compiled only those
 * hooks packages would.
 */
public final class BootApps {
  private BootApps() {}

  /** Hookwire through the starter: no scan; the starter makes the listed wirings beans. */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  public static class WithStarter {
    /** What the {@code deps3} hooks take by constructor. */
    @Bean
    Accumulator accumulator() {
      return new Accumulator();
    }
  }

  /**
   * What a Spring user writes instead: the hook classes as {@code @Component} beans found by a
   * component scan, their {@code @EventListener} methods registered at refresh. The same
   * auto-configurations run, but Hookwire's.
   */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration(exclude = HookwireAutoConfiguration.class)
  @ComponentScan("dev.hookwire.bench.boot.hooks100")
  public static class WithEventListeners {}

  /** Starts {@link WithStarter} with only {@code wirings} in its index. */
  public static ConfigurableApplicationContext withStarter(Class<?>... wirings) {
    return run(WithStarter.class, WiringIndexLoader.listing(wirings));
  }

  /** Starts {@link WithEventListeners}, with no wiring in its index. */
  public static ConfigurableApplicationContext withEventListeners() {
    return run(WithEventListeners.class, WiringIndexLoader.listing());
  }

  private static ConfigurableApplicationContext run(Class<?> source, ClassLoader loader) {
    SpringApplication application = new SpringApplication(source);
    application.setResourceLoader(new DefaultResourceLoader(loader));
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setBannerMode(Banner.Mode.OFF);
    application.setLogStartupInfo(false);
    application.setRegisterShutdownHook(false);
    return application.run();
  }
}
