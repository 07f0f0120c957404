package dev.hookwire.spring;

import dev.hookwire.runtime.ContextPropagator;
import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.HookStateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Hookwire for Spring Boot: every generated wiring on the class path is a bean ({@link
 * WiringRegistrar}), built on one {@link HookRuntime} configured by the {@code hookwire.*}
 * properties unless the application declares its own, and, for hooks that take constructor
 * arguments, on a {@link HookDependencies} that finds them among the context's beans. The runtime is closed with the context,
 * waiting up to {@code hookwire.close-timeout} for the async hooks still running.
 *
 * <p>The runtime tells {@link HookListener#logging()} and then every {@link HookListener} bean, in
 * their {@code @Order}: an application's listener adds to the failure log, and to the metrics when
 * Micrometer is present, rather than replacing them. Timed and async hooks run on the runtime's
 * own executor (virtual threads on JDK 21 and later), or on the application's task executor when
 * {@code spring.threads.virtual.enabled=true} makes it one of virtual threads (a pool of platform
 * threads would queue them and count the wait against their time limit). They run in the
 * caller's thread-local context when there is a {@link ContextPropagator} bean ({@link
 * HookwireContextPropagationAutoConfiguration} makes one when Micrometer's context-propagation is
 * present). With a {@link HookStateStore} bean (such as {@code hooks-store-jdbc}'s {@code
 * JdbcHookStateStore} on the application's {@code DataSource}) the runtime keeps the hooks' live
 * state there, read every {@code hookwire.poll-every}, so every instance of the service agrees.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration")
@EnableConfigurationProperties(HookwireProperties.class)
@Import(WiringRegistrar.class)
public final class HookwireAutoConfiguration {
  static final String TASK_EXECUTOR = "applicationTaskExecutor";

  /**
   * Where the wirings get the constructor arguments of hooks that take some: the application
   * context's bean of each type, when there is exactly one (or one is {@code @Primary}). A wiring
   * whose hooks take dependencies is created with it; a missing bean fails startup with every
   * hook and type at once ({@link MissingHookDependenciesFailureAnalyzer}).
   */
  @Bean
  @ConditionalOnMissingBean
  HookDependencies hookDependencies(BeanFactory beanFactory) {
    return HookDependencies.from(type -> beanFactory.getBeanProvider(type).getIfUnique());
  }

  @Bean
  @ConditionalOnMissingBean
  HookRuntime hookRuntime(
      HookwireProperties properties,
      @Qualifier(WiringRegistrar.WIRINGS_BEAN) Wirings wirings,
      ObjectProvider<HookListener> listeners,
      ObjectProvider<ContextPropagator> contextPropagator,
      ObjectProvider<HookStateStore> store,
      @Qualifier(TASK_EXECUTOR) Optional<Executor> taskExecutor,
      Environment environment) {
    if (properties.maxInFlight() < 1) {
      throw new InvalidConfigurationPropertyValueException(
          "hookwire.max-in-flight",
          properties.maxInFlight(),
          "it must be at least 1: set the number of timed and async hooks that may run at once, or remove it for 256");
    }
    if (properties.closeTimeout().isNegative() || properties.closeTimeout().isZero()) {
      throw new InvalidConfigurationPropertyValueException(
          "hookwire.close-timeout",
          properties.closeTimeout(),
          "it must be positive: set how long closing waits for async hooks (10s), or remove it for 10s");
    }
    if (properties.pollEvery().isNegative() || properties.pollEvery().isZero()) {
      throw new InvalidConfigurationPropertyValueException(
          "hookwire.poll-every",
          properties.pollEvery(),
          "it must be positive: set how often the runtime reads the HookStateStore (2s), or remove it for 2s");
    }
    List<DisabledHooks.Off> off = DisabledHooks.resolve(properties.disabled(), wirings);
    List<HookListener> all = new ArrayList<>();
    all.add(HookListener.logging());
    listeners.orderedStream().forEach(all::add);
    HookRuntime.Builder builder = HookRuntime.builder()
        .listener(CompositeHookListener.of(all))
        .strict(properties.strict())
        .maxInFlight(properties.maxInFlight())
        .closeTimeout(properties.closeTimeout());
    DisabledHooks.apply(off, builder, wirings.loader());
    contextPropagator.ifAvailable(builder::contextPropagator);
    store.ifAvailable(s -> builder.store(s).pollEvery(properties.pollEvery()));
    if (Threading.VIRTUAL.isActive(environment)) {
      taskExecutor.ifPresent(builder::executor);
    }
    return builder.build();
  }
}
