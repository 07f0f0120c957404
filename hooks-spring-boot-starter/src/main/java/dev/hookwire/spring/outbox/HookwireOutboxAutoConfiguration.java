package dev.hookwire.spring.outbox;

import dev.hookwire.outbox.Outbox;
import dev.hookwire.outbox.RetryPolicy;
import dev.hookwire.outbox.webhook.NetworkPolicy;
import dev.hookwire.outbox.webhook.WebhookEndpoint;
import dev.hookwire.outbox.webhook.Webhooks;
import dev.hookwire.runtime.DurableWiring;
import dev.hookwire.runtime.HookContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The outbox of {@code hooks-outbox} on the application's {@link DataSource}, when {@code
 * hookwire.outbox.enabled=true}: every generated wiring with {@code @Durable} hooks delivers
 * through it, the {@code hookwire.outbox.webhooks.*} endpoints receive their events, a {@link
 * TransactionalOutbox} records in the current Spring transaction, and the workers start and stop
 * with the context. A bad {@code hookwire.outbox.*} value fails startup naming the property.
 */
@AutoConfiguration(
    afterName = {
      "dev.hookwire.spring.HookwireAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
    })
@ConditionalOnClass({Outbox.class, DataSourceUtils.class})
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "hookwire.outbox", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(HookwireOutboxProperties.class)
public final class HookwireOutboxAutoConfiguration {
  private static final String PREFIX = "hookwire.outbox.";

  /**
   * The outbox, its tables created if missing. Deliveries get a context with the {@link
   * DataSource} as a service, beside the event id.
   */
  @Bean
  @ConditionalOnMissingBean
  Outbox hookwireOutbox(
      DataSource dataSource,
      HookwireOutboxProperties properties,
      ObjectProvider<DurableWiring> wirings) {
    check(properties);
    Outbox.Builder builder = Outbox.builder(dataSource)
        .lease(properties.lease())
        .pollInterval(properties.pollInterval())
        .batchSize(properties.batchSize())
        .retryPolicy(new RetryPolicy(
            properties.maxAttempts(), properties.initialDelay(), properties.maxDelay()))
        .baseContext(HookContext.builder().service(DataSource.class, dataSource).build());
    wirings.orderedStream().forEach(builder::durableHooks);
    if (!properties.webhooks().isEmpty()) {
      builder.subscribers(webhooks(properties).subscribers());
    }
    return builder.build();
  }

  @Bean
  @ConditionalOnMissingBean
  TransactionalOutbox hookwireTransactionalOutbox(Outbox outbox, DataSource dataSource) {
    return new TransactionalOutbox(outbox, dataSource);
  }

  @Bean
  OutboxWorkersLifecycle hookwireOutboxWorkers(Outbox outbox, HookwireOutboxProperties properties) {
    return new OutboxWorkersLifecycle(outbox, properties.workers());
  }

  private static void check(HookwireOutboxProperties properties) {
    atLeastOne("workers", properties.workers(), "the number of worker threads of this instance");
    atLeastOne("batch-size", properties.batchSize(), "how many events a worker claims at once");
    atLeastOne("max-attempts", properties.maxAttempts(), "the deliveries before a dead letter");
    positive("lease", properties.lease(), "2m");
    positive("poll-interval", properties.pollInterval(), "500ms");
    positive("initial-delay", properties.initialDelay(), "1s");
    if (properties.maxDelay().compareTo(properties.initialDelay()) < 0) {
      throw new InvalidConfigurationPropertyValueException(
          PREFIX + "max-delay",
          properties.maxDelay(),
          "it must be at least hookwire.outbox.initial-delay (" + properties.initialDelay()
              + "): set the longest wait between two deliveries, or remove it for 1h");
    }
  }

  private static void atLeastOne(String name, int value, String what) {
    if (value < 1) {
      throw new InvalidConfigurationPropertyValueException(
          PREFIX + name, value, "it must be at least 1: set " + what + ", or remove it");
    }
  }

  private static void positive(String name, Duration value, String fallback) {
    if (value.isNegative() || value.isZero()) {
      throw new InvalidConfigurationPropertyValueException(
          PREFIX + name, value, "it must be positive, or removed for " + fallback);
    }
  }

  private static Webhooks webhooks(HookwireOutboxProperties properties) {
    Webhooks.Builder webhooks = Webhooks.builder()
        .network(
            properties.allowLocalNetwork()
                ? NetworkPolicy.LOCAL_DEVELOPMENT
                : NetworkPolicy.PUBLIC_HTTPS);
    for (Map.Entry<String, HookwireOutboxProperties.Webhook> entry :
        properties.webhooks().entrySet()) {
      String property = PREFIX + "webhooks." + entry.getKey();
      HookwireOutboxProperties.Webhook webhook = entry.getValue();
      URI url;
      try {
        url = new URI(webhook.url() == null ? "" : webhook.url());
      } catch (URISyntaxException e) {
        throw new InvalidConfigurationPropertyValueException(
            property + ".url", webhook.url(), "it is not a URL: " + e.getReason());
      }
      WebhookEndpoint.Builder endpoint;
      try {
        endpoint = WebhookEndpoint.builder(entry.getKey(), url);
      } catch (IllegalArgumentException e) {
        throw new InvalidConfigurationPropertyValueException(
            property + ".url", webhook.url(), e.getMessage());
      }
      for (int i = 0; i < webhook.secrets().size(); i++) {
        try {
          endpoint.secret(webhook.secrets().get(i));
        } catch (IllegalArgumentException e) {
          // Never the value: it is a secret.
          throw new InvalidConfigurationPropertyValueException(
              property + ".secrets[" + i + "]", "(hidden)", e.getMessage());
        }
      }
      if (webhook.secrets().isEmpty()) {
        throw new InvalidConfigurationPropertyValueException(
            property + ".secrets", "", "set at least one whsec_ secret for the endpoint");
      }
      if (webhook.events().isEmpty()) {
        throw new InvalidConfigurationPropertyValueException(
            property + ".events", "", "list the events it receives, e.g. after-user-create");
      }
      webhooks.endpoint(endpoint.events(webhook.events().toArray(String[]::new)).build());
    }
    return webhooks.build();
  }
}
