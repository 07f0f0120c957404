package dev.hookwire.outbox.webhook;

import dev.hookwire.outbox.DeliveryException;
import dev.hookwire.outbox.DurableEvent;
import dev.hookwire.outbox.DurableSubscriber;
import dev.hookwire.outbox.PermanentDeliveryException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Webhooks as durable targets: each endpoint is an outbox subscriber named {@code "webhook:" +
 * name} that receives its events as a signed POST, at least once, with the same {@code webhook-id}
 * (the event id) on every attempt.
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder().endpoint(billing).build();
 * Outbox outbox = Outbox.builder(dataSource).subscribers(webhooks.subscribers()).build();
 * }</pre>
 *
 * <p>The body is {@code {"type": event name, "timestamp": when recorded, "data": the entity}}.
 * Delivery rules: a 2xx answer is delivered; 410 disables the endpoint and dead-letters the event;
 * 429 and 5xx retry after the {@code Retry-After} the receiver gave (at most a day), or the
 * outbox's backoff; any
 * other answer, a timeout (15 s) or a network error retries with backoff. Redirects are not
 * followed (a 3xx is a failure). A refused address or a body over the limit dead-letters the
 * event. No secret is ever logged or put in an exception.
 */
public final class Webhooks {
  /** The outbox target name of the endpoint with this name. */
  public static String targetName(String endpointName) {
    return "webhook:" + endpointName;
  }

  private final List<DurableSubscriber> subscribers;

  private Webhooks(Builder builder) {
    HttpClient client = builder.client != null
        ? builder.client
        : HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    List<DurableSubscriber> list = new ArrayList<>();
    for (WebhookEndpoint endpoint : builder.endpoints.values()) {
      list.add(new EndpointTarget(endpoint, builder, client));
    }
    this.subscribers = List.copyOf(list);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** One outbox subscriber per endpoint, for {@code Outbox.Builder.subscribers}. */
  public List<DurableSubscriber> subscribers() {
    return subscribers;
  }

  private static final class EndpointTarget implements DurableSubscriber {
    private final WebhookEndpoint endpoint;
    private final WebhookSigner signer;
    private final NetworkPolicy network;
    private final int maxBodyBytes;
    private final Duration requestTimeout;
    private final Clock clock;
    private final JsonMapper mapper;
    private final HttpClient client;

    EndpointTarget(WebhookEndpoint endpoint, Builder builder, HttpClient client) {
      this.endpoint = endpoint;
      this.signer = new WebhookSigner(endpoint.secrets());
      this.network = builder.network;
      this.maxBodyBytes = builder.maxBodyBytes;
      this.requestTimeout = builder.requestTimeout;
      this.clock = builder.clock;
      this.mapper = builder.mapper;
      this.client = client;
    }

    @Override
    public String name() {
      return targetName(endpoint.name());
    }

    @Override
    public Set<String> events() {
      return endpoint.events();
    }

    @Override
    public void deliver(DurableEvent event) throws Exception {
      String body = body(event);
      int size = body.getBytes(StandardCharsets.UTF_8).length;
      if (size > maxBodyBytes) {
        throw new PermanentDeliveryException(
            "Webhook " + endpoint.name() + ": the body of " + size + " bytes is over the limit of "
                + maxBodyBytes + " (Webhooks.Builder.maxBodyBytes)",
            false);
      }
      URI url = endpoint.url();
      try {
        network.check(url);
      } catch (IllegalArgumentException refused) {
        throw new PermanentDeliveryException(
            "Webhook " + endpoint.name() + " refused: " + refused.getMessage(), false);
      }
      long timestamp = clock.instant().getEpochSecond();
      HttpRequest request = HttpRequest.newBuilder(url)
          .timeout(requestTimeout)
          .header("content-type", "application/json")
          .header("user-agent", "Hookwire-Webhooks")
          .header("webhook-id", event.eventId())
          .header("webhook-timestamp", Long.toString(timestamp))
          .header("webhook-signature", signer.sign(event.eventId(), timestamp, body))
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .build();
      HttpResponse<Void> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.discarding());
      } catch (HttpTimeoutException e) {
        throw new DeliveryException(
            "Webhook " + endpoint.name() + " " + url + ": no answer in " + requestTimeout);
      } catch (IOException e) {
        throw new DeliveryException("Webhook " + endpoint.name() + " " + url + ": " + e);
      }
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return;
      }
      String answered = "Webhook " + endpoint.name() + " " + url + " answered " + status;
      if (status == 410) {
        throw new PermanentDeliveryException(answered + " Gone: the endpoint is disabled", true);
      }
      if (status == 429 || status >= 500) {
        throw new DeliveryException(answered, retryAfter(response).orElse(null));
      }
      throw new DeliveryException(answered);
    }

    private String body(DurableEvent event) {
      ObjectNode envelope = mapper.createObjectNode();
      envelope.put("type", event.eventName());
      envelope.put("timestamp", event.recordedAt().toString());
      envelope.set("data", mapper.readTree(event.json()));
      return mapper.writeValueAsString(envelope);
    }

    private Optional<Duration> retryAfter(HttpResponse<?> response) {
      return response
          .headers()
          .firstValue("retry-after")
          .flatMap(value -> parseRetryAfter(value, clock));
    }
  }

  /** The longest {@code Retry-After} honoured: a receiver cannot park an event for years. */
  static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

  /** A {@code Retry-After} value: seconds, or an HTTP date, at most a day; empty if neither. */
  static Optional<Duration> parseRetryAfter(String value, Clock clock) {
    String trimmed = value.trim();
    try {
      return Optional.of(Duration.ofSeconds(
          Math.min(Math.max(0, Long.parseLong(trimmed)), MAX_RETRY_AFTER.toSeconds())));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return Optional.of(
            wait.isNegative()
                ? Duration.ZERO
                : wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  /** Configures {@link Webhooks}. */
  public static final class Builder {
    private final Map<String, WebhookEndpoint> endpoints = new LinkedHashMap<>();
    private NetworkPolicy network = NetworkPolicy.PUBLIC_HTTPS;
    private int maxBodyBytes = 256 * 1024;
    private Duration requestTimeout = Duration.ofSeconds(15);
    private Clock clock = Clock.systemUTC();
    private JsonMapper mapper = JsonMapper.builder().build();
    private HttpClient client;

    private Builder() {}

    public Builder endpoint(WebhookEndpoint endpoint) {
      if (endpoints.putIfAbsent(endpoint.name(), endpoint) != null) {
        throw new IllegalArgumentException("Two webhook endpoints named " + endpoint.name());
      }
      return this;
    }

    /** Where webhooks may go ({@link NetworkPolicy#PUBLIC_HTTPS} by default). */
    public Builder network(NetworkPolicy network) {
      this.network = Objects.requireNonNull(network, "network");
      return this;
    }

    /** The largest body sent (256 KiB by default); a bigger event is dead-lettered. */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** How long a receiver has to answer (15 s by default). */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The HTTP client; by default one that follows no redirect. One given here must not follow
     * redirects either.
     */
    public Builder httpClient(HttpClient client) {
      if (client.followRedirects() != HttpClient.Redirect.NEVER) {
        throw new IllegalArgumentException(
            "The webhook HttpClient must not follow redirects (HttpClient.Redirect.NEVER)");
      }
      this.client = client;
      return this;
    }

    public Webhooks build() {
      return new Webhooks(this);
    }
  }
}
