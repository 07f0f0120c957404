package dev.hookwire.outbox.webhook;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A receiver of webhooks: a name (its outbox target is {@code "webhook:" + name}), a URL, the
 * secrets it is signed with, and the events it receives. {@link #toString()} shows no secret.
 *
 * <pre>{@code
 * WebhookEndpoint billing = WebhookEndpoint.builder("billing", URI.create("https://billing.example/hooks"))
 *     .secret(System.getenv("BILLING_WEBHOOK_SECRET"))
 *     .events("after-user-create", "after-user-delete")
 *     .build();
 * }</pre>
 */
public final class WebhookEndpoint {
  private final String name;
  private final URI url;
  private final List<WebhookSecret> secrets;
  private final Set<String> events;

  private WebhookEndpoint(Builder builder) {
    this.name = builder.name;
    this.url = builder.url;
    this.secrets = List.copyOf(builder.secrets);
    this.events = Set.copyOf(builder.events);
  }

  public static Builder builder(String name, URI url) {
    return new Builder(name, url);
  }

  public String name() {
    return name;
  }

  public URI url() {
    return url;
  }

  public Set<String> events() {
    return events;
  }

  List<WebhookSecret> secrets() {
    return secrets;
  }

  @Override
  public String toString() {
    return "WebhookEndpoint{" + name + " " + url + " " + events + ", " + secrets.size()
        + " secret(s)}";
  }

  /** Configures a {@link WebhookEndpoint}. */
  public static final class Builder {
    private final String name;
    private final URI url;
    private final List<WebhookSecret> secrets = new ArrayList<>();
    private final Set<String> events = new LinkedHashSet<>();

    private Builder(String name, URI url) {
      this.name = Objects.requireNonNull(name, "name");
      this.url = Objects.requireNonNull(url, "url");
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
        throw new IllegalArgumentException("Webhook endpoint " + name
            + ": the URL must be absolute https:// (or http://), got " + url);
      }
      if (url.getRawUserInfo() != null) {
        throw new IllegalArgumentException("Webhook endpoint " + name
            + ": credentials in the URL are not allowed; the signature authenticates");
      }
    }

    /**
     * Adds a {@code "whsec_..."} secret. Several while a secret rotates: each request carries one
     * signature per secret.
     */
    public Builder secret(String secret) {
      try {
        secrets.add(WebhookSecret.of(secret));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Webhook endpoint " + name + ": " + e.getMessage(), null);
      }
      return this;
    }

    /** The events it receives. */
    public Builder events(String... events) {
      this.events.addAll(List.of(events));
      return this;
    }

    public WebhookEndpoint build() {
      if (secrets.isEmpty()) {
        throw new IllegalArgumentException(
            "Webhook endpoint " + name + " has no secret; add one with .secret(\"whsec_...\")");
      }
      if (events.isEmpty()) {
        throw new IllegalArgumentException(
            "Webhook endpoint " + name + " receives no event; add them with .events(...)");
      }
      return new WebhookEndpoint(this);
    }
  }
}
