package dev.hookwire.spring;

import dev.hookwire.runtime.ContextPropagator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With Micrometer's {@code context-propagation} on the class path: a {@link ContextPropagator}
 * bean ({@link MicrometerContextPropagator}), which the auto-configured runtime uses so that a
 * timed or {@code @Async} hook sees the caller's {@code SecurityContext}, logging MDC and current
 * observation. An application replaces it by declaring its own {@link ContextPropagator} bean, or
 * switches it off with {@code hookwire.context-propagation=false}.
 */
@AutoConfiguration(before = HookwireAutoConfiguration.class)
@ConditionalOnClass(name = "io.micrometer.context.ContextSnapshotFactory")
@ConditionalOnBooleanProperty(name = "hookwire.context-propagation", matchIfMissing = true)
public final class HookwireContextPropagationAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  ContextPropagator hookwireContextPropagator() {
    return new MicrometerContextPropagator(MicrometerContextPropagator.registry(
        HookwireContextPropagationAutoConfiguration.class.getClassLoader()));
  }
}
