package dev.hookwire.spring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With Micrometer and a {@link MeterRegistry} bean: a {@link MicrometerHookListener}, which the
 * auto-configured runtime tells about every hook like any other {@code HookListener} bean.
 */
@AutoConfiguration(
    before = HookwireAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public final class HookwireMetricsAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  MicrometerHookListener hookwireMetricsListener(MeterRegistry registry) {
    return new MicrometerHookListener(registry);
  }
}
