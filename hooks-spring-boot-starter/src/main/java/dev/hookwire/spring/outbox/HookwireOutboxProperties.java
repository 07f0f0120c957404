package dev.hookwire.spring.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code hookwire.outbox.*} properties: durable hooks and webhooks through {@code
 * hooks-outbox}, on the application's {@code DataSource}.
 *
 * @param enabled Whether to create the outbox (its tables, if missing, in the application's
 *     database) and start its workers. Off unless set: the outbox writes to the application's
 *     database, which an application must choose.
 * @param workers How many worker threads of this instance deliver events.
 * @param lease How long a worker's claim on an event lasts: a crashed worker's events are taken
 *     again after it. Longer than the slowest delivery (a webhook's is 15 s).
 * @param pollInterval How long an idle worker waits before looking for due events again.
 * @param batchSize How many due events a worker claims at once.
 * @param maxAttempts Deliveries of an event before it is dead-lettered.
 * @param initialDelay The wait after the first failed delivery; it doubles after each one, with
 *     jitter, up to max-delay.
 * @param maxDelay The longest wait between two deliveries of an event.
 * @param allowLocalNetwork Whether webhooks may go to http:// and loopback addresses (local
 *     development and tests); by default only https:// to public addresses.
 * @param webhooks Webhook endpoints by name: each with its url, its whsec_ secrets (two while one
 *     rotates) and the events it receives.
 */
@ConfigurationProperties("hookwire.outbox")
public record HookwireOutboxProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("2") int workers,
    @DefaultValue("2m") Duration lease,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("20") int batchSize,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("1s") Duration initialDelay,
    @DefaultValue("1h") Duration maxDelay,
    @DefaultValue("false") boolean allowLocalNetwork,
    Map<String, Webhook> webhooks) {

  public HookwireOutboxProperties {
    webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
  }

  /**
   * One webhook endpoint.
   *
   * @param url Where events are POSTed: https://, or http:// with allow-local-network.
   * @param secrets Its whsec_ secrets; each request carries one signature per secret.
   * @param events The kebab-case events it receives.
   */
  public record Webhook(String url, List<String> secrets, List<String> events) {
    public Webhook {
      secrets = secrets == null ? List.of() : List.copyOf(secrets);
      events = events == null ? List.of() : List.copyOf(events);
    }
  }
}
