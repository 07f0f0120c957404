package dev.hookwire.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hookwire.demo.WebhookReceiver.Delivery;
import dev.hookwire.outbox.webhook.WebhookSecret;
import dev.hookwire.outbox.webhook.WebhookSigner;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The demo's receiver accepts what its secret signed, and refuses (401) anything else. */
class WebhookReceiverTest {
  private static final String BODY =
      "{\"type\":\"after-user-create\",\"timestamp\":\"2026-01-01T00:00:00Z\","
          + "\"data\":{\"email\":\"ada@example.com\"}}";

  private final HttpClient client = HttpClient.newHttpClient();

  private int post(WebhookReceiver receiver, String id, long timestamp, String signature)
      throws Exception {
    HttpRequest request = HttpRequest.newBuilder(receiver.uri())
        .timeout(Duration.ofSeconds(10))
        .header("webhook-id", id)
        .header("webhook-timestamp", Long.toString(timestamp))
        .header("webhook-signature", signature)
        .POST(HttpRequest.BodyPublishers.ofString(BODY))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void aDeliveryItsSecretSignedIsVerifiedAnyOtherIsRefusedAndBothAreRecorded() throws Exception {
    String secret = Passwords.webhookSecret();
    WebhookSigner signer = new WebhookSigner(List.of(WebhookSecret.of(secret)));
    WebhookSigner other = new WebhookSigner(List.of(WebhookSecret.of(Passwords.webhookSecret())));
    List<Delivery> told = new CopyOnWriteArrayList<>();
    long now = Instant.now().getEpochSecond();

    try (WebhookReceiver receiver = WebhookReceiver.start(WebhookSecret.of(secret), told::add)) {
      assertEquals(204, post(receiver, "evt-1", now, signer.sign("evt-1", now, BODY)));
      assertEquals(401, post(receiver, "evt-2", now, other.sign("evt-2", now, BODY)));
      assertEquals(
          401,
          post(receiver, "evt-3", now - 3600, signer.sign("evt-3", now - 3600, BODY)),
          "an hour-old timestamp is refused");

      List<Delivery> expected = List.of(
          new Delivery("evt-1", "after-user-create", "ada@example.com", true),
          new Delivery("evt-2", "after-user-create", "ada@example.com", false),
          new Delivery("evt-3", "after-user-create", "ada@example.com", false));
      assertEquals(expected, receiver.deliveries());
      assertEquals(expected, told);
    }
  }
}
