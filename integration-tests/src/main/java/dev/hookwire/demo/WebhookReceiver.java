package dev.hookwire.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hookwire.outbox.webhook.WebhookSecret;
import dev.hookwire.outbox.webhook.WebhookVerificationException;
import dev.hookwire.outbox.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The demo's webhook receiver: a JDK {@link HttpServer} on a loopback port that verifies each
 * delivery with {@link WebhookVerifier} (signature and timestamp) and records it. A verified
 * delivery gets 204; one that fails verification gets 401 (the outbox then retries it). Receivers
 * must deduplicate by {@code webhook-id}: a delivery can come again after a crash.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** The path deliveries are POSTed to. */
  public static final String PATH = "/webhooks";

  /** One delivery: its {@code webhook-id}, the event ({@code type}) and whether it verified. */
  public record Delivery(String webhookId, String event, String userEmail, boolean verified) {}

  private final HttpServer server;
  private final WebhookVerifier verifier;
  private final Consumer<Delivery> onDelivery;
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

  private WebhookReceiver(WebhookSecret secret, Consumer<Delivery> onDelivery) throws IOException {
    this.verifier = WebhookVerifier.of(secret);
    this.onDelivery = onDelivery;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext(PATH, this::handle);
  }

  /**
   * Starts a receiver on an ephemeral loopback port.
   *
   * @param onDelivery told about each delivery, verified or not, as it arrives
   */
  public static WebhookReceiver start(WebhookSecret secret, Consumer<Delivery> onDelivery)
      throws IOException {
    WebhookReceiver receiver = new WebhookReceiver(secret, onDelivery);
    receiver.server.start();
    return receiver;
  }

  /** {@code http://127.0.0.1:<port>/webhooks}. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create(
        "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + PATH);
  }

  /** The deliveries so far, in arrival order. */
  public List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Waits until {@code count} deliveries verified, polling; false at the timeout. */
  public boolean awaitVerified(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (deliveries.stream().filter(Delivery::verified).count() < count) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
    }
    boolean verified;
    try {
      verifier.verify(exchange.getRequestHeaders(), body);
      verified = true;
    } catch (WebhookVerificationException e) {
      verified = false;
    }
    String event = null;
    String email = null;
    try {
      Map<String, Object> envelope = Json.parseObject(body);
      event = String.valueOf(envelope.get("type"));
      if (envelope.get("data") instanceof Map<?, ?> data) {
        email = String.valueOf(data.get("email"));
      }
    } catch (Json.ParseException e) {
      verified = false;
    }
    Delivery delivery =
        new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"), event, email, verified);
    deliveries.add(delivery);
    onDelivery.accept(delivery);
    exchange.sendResponseHeaders(verified ? 204 : 401, -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
