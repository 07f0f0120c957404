package dev.hookwire.spring;

import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.spring.console.HookwireConsoleProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** With Actuator: the {@link HookwireEndpoint}, when enabled and exposed. */
@AutoConfiguration(after = HookwireAutoConfiguration.class)
@ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnAvailableEndpoint(HookwireEndpoint.class)
public final class HookwireEndpointAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  HookwireEndpoint hookwireEndpoint(
      @Qualifier(WiringRegistrar.WIRINGS_BEAN) Wirings wirings,
      ListableBeanFactory beans,
      HookRuntime runtime,
      Environment environment) {
    String role = Binder.get(environment)
        .bindOrCreate("hookwire.console", HookwireConsoleProperties.class)
        .checked()
        .role();
    return new HookwireEndpoint(wirings, beans, runtime, role);
  }
}
