package dev.hookwire.outbox.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hookwire's signatures against the official Standard Webhooks library, both ways. */
class SignatureInteropTest {
  static final String OLD = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String NEW = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
  static final String BODY = "{\"type\":\"after-user-create\",\"data\":{\"id\":\"u1\"}}";
  static final String ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";

  private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
    return Map.of(
        "webhook-id", List.of(id),
        "webhook-timestamp", List.of(Long.toString(timestamp)),
        "webhook-signature", List.of(signature));
  }

  @Test
  void whatHookwireSignsTheLibraryVerifies() throws Exception {
    long now = Instant.now().getEpochSecond();
    String signature = new WebhookSigner(List.of(WebhookSecret.of(OLD))).sign(ID, now, BODY);
    assertTrue(signature.startsWith("v1,"), signature);
    new Webhook(OLD).verify(BODY, headers(ID, now, signature));
    assertEquals(
        new Webhook(OLD).sign(ID, now, BODY), signature, "byte for byte the library's signature");
    assertThrows(Exception.class, () -> new Webhook(NEW).verify(BODY, headers(ID, now, signature)));
  }

  @Test
  void whatTheLibrarySignsHookwireVerifies() throws Exception {
    long now = Instant.now().getEpochSecond();
    String signature = new Webhook(NEW).sign(ID, now, BODY);
    WebhookVerifier.of(WebhookSecret.of(NEW)).verify(headers(ID, now, signature), BODY);
    WebhookVerificationException wrong = assertThrows(
        WebhookVerificationException.class,
        () -> WebhookVerifier.of(WebhookSecret.of(OLD)).verify(headers(ID, now, signature), BODY));
    assertFalse(wrong.getMessage().contains(OLD.substring(6)));
  }

  @Test
  void whileASecretRotatesEverySignatureIsTriedOnBothSides() throws Exception {
    long now = Instant.now().getEpochSecond();
    String rotated = new WebhookSigner(List.of(WebhookSecret.of(OLD), WebhookSecret.of(NEW)))
        .sign(ID, now, BODY);
    assertEquals(2, rotated.split(" ").length, rotated);
    // Receivers that know either secret accept it: the library and Hookwire's verifier.
    new Webhook(OLD).verify(BODY, headers(ID, now, rotated));
    new Webhook(NEW).verify(BODY, headers(ID, now, rotated));
    WebhookVerifier.of(WebhookSecret.of(OLD)).verify(headers(ID, now, rotated), BODY);
    WebhookVerifier.of(WebhookSecret.of(NEW)).verify(headers(ID, now, rotated), BODY);
    // A receiver holding both secrets accepts a sender still on either.
    WebhookVerifier both = WebhookVerifier.of(WebhookSecret.of(OLD), WebhookSecret.of(NEW));
    both.verify(headers(ID, now, new Webhook(OLD).sign(ID, now, BODY)), BODY);
    both.verify(headers(ID, now, "v2,abc " + new Webhook(NEW).sign(ID, now, BODY)), BODY);
  }

  @Test
  void aChangedBodyIdOrTimestampIsRefused() throws Exception {
    long now = Instant.now().getEpochSecond();
    String signature = new Webhook(OLD).sign(ID, now, BODY);
    WebhookVerifier verifier = WebhookVerifier.of(WebhookSecret.of(OLD));
    assertThrows(
        WebhookVerificationException.class,
        () -> verifier.verify(headers(ID, now, signature), BODY + " "));
    assertThrows(
        WebhookVerificationException.class,
        () -> verifier.verify(headers("msg_other", now, signature), BODY));
    assertThrows(
        WebhookVerificationException.class,
        () -> verifier.verify(headers(ID, now + 1, signature), BODY));
    assertThrows(WebhookVerificationException.class, () -> verifier.verify(Map.of(), BODY));
  }

  @Test
  void timestampsOutsideTheToleranceAreRefused() throws Exception {
    long signedAt = 1_764_590_400L;
    String signature = new Webhook(OLD).sign(ID, signedAt, BODY);
    Clock fourMinutesLater = Clock.fixed(Instant.ofEpochSecond(signedAt + 240), ZoneOffset.UTC);
    Clock sixMinutesLater = Clock.fixed(Instant.ofEpochSecond(signedAt + 360), ZoneOffset.UTC);
    Clock sixMinutesBefore = Clock.fixed(Instant.ofEpochSecond(signedAt - 360), ZoneOffset.UTC);
    WebhookVerifier verifier = WebhookVerifier.of(WebhookSecret.of(OLD));

    assertDoesNotThrow(
        () -> verifier.withClock(fourMinutesLater).verify(headers(ID, signedAt, signature), BODY));
    WebhookVerificationException late = assertThrows(
        WebhookVerificationException.class,
        () -> verifier.withClock(sixMinutesLater).verify(headers(ID, signedAt, signature), BODY));
    assertTrue(late.getMessage().contains("PT5M"), late.getMessage());
    assertThrows(
        WebhookVerificationException.class,
        () -> verifier.withClock(sixMinutesBefore).verify(headers(ID, signedAt, signature), BODY));
    assertDoesNotThrow(() -> verifier
        .withClock(sixMinutesLater)
        .withTolerance(Duration.ofMinutes(10))
        .verify(headers(ID, signedAt, signature), BODY));
  }

  @Test
  void secretsMustBeWhsecBase64AndTheErrorNeverShowsThem() {
    String notBase64 = "whsec_secret!!value*";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WebhookSecret.of(notBase64));
    assertFalse(e.getMessage().contains("secret!!value"), e.getMessage());
    IllegalArgumentException noPrefix = assertThrows(
        IllegalArgumentException.class, () -> WebhookSecret.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    assertFalse(
        noPrefix.getMessage().contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), noPrefix.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WebhookSecret.of("whsec_c2hvcnQ="));
    assertEquals("WebhookSecret[redacted]", WebhookSecret.of(OLD).toString());
  }
}
