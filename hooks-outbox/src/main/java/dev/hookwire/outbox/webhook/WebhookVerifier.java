package dev.hookwire.outbox.webhook;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a received webhook, for receivers: the timestamp within the tolerance (5 minutes by
 * default) of now, and at least one {@code v1} signature of the header equal, in constant time, to
 * the HMAC of one of the secrets (several while a secret rotates, on either side).
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.of(WebhookSecret.of(System.getenv("WEBHOOK_SECRET")));
 * verifier.verify(request.headers(), body);   // throws WebhookVerificationException
 * }</pre>
 */
public final class WebhookVerifier {
  private final List<WebhookSecret> secrets;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookVerifier(List<WebhookSecret> secrets, Duration tolerance, Clock clock) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("A webhook verifier needs at least one secret");
    }
    this.secrets = List.copyOf(secrets);
    this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public static WebhookVerifier of(WebhookSecret... secrets) {
    return new WebhookVerifier(List.of(secrets), Duration.ofMinutes(5), Clock.systemUTC());
  }

  /** A verifier accepting timestamps this far from now, either way. */
  public WebhookVerifier withTolerance(Duration tolerance) {
    return new WebhookVerifier(secrets, tolerance, clock);
  }

  public WebhookVerifier withClock(Clock clock) {
    return new WebhookVerifier(secrets, tolerance, clock);
  }

  /** Verifies with the headers as a server gives them (names in any case). */
  public void verify(Map<String, List<String>> headers, String body)
      throws WebhookVerificationException {
    verify(
        header(headers, "webhook-id"),
        header(headers, "webhook-timestamp"),
        header(headers, "webhook-signature"),
        body);
  }

  public void verify(String id, String timestamp, String signatures, String body)
      throws WebhookVerificationException {
    if (id == null || timestamp == null || signatures == null || body == null) {
      throw new WebhookVerificationException(
          "Missing webhook-id, webhook-timestamp or webhook-signature header, or the body");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      throw new WebhookVerificationException("webhook-timestamp is not Unix seconds: " + timestamp);
    }
    long now = clock.instant().getEpochSecond();
    if (Math.abs(now - seconds) > tolerance.toSeconds()) {
      throw new WebhookVerificationException("webhook-timestamp " + seconds + " is more than "
          + tolerance + " from now (" + now + ")");
    }
    boolean matched = false;
    for (WebhookSecret secret : secrets) {
      byte[] expected = WebhookSigner.hmac(secret, id, seconds, body);
      for (String entry : signatures.trim().split(" +")) {
        int comma = entry.indexOf(',');
        if (comma < 0 || !entry.substring(0, comma).equals("v1")) {
          continue;
        }
        byte[] given;
        try {
          given = Base64.getDecoder().decode(entry.substring(comma + 1));
        } catch (IllegalArgumentException notBase64) {
          continue;
        }
        matched |= MessageDigest.isEqual(expected, given);
      }
    }
    if (!matched) {
      throw new WebhookVerificationException(
          "No v1 signature of webhook-signature matches the body");
    }
  }

  private static String header(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey() != null
          && header.getKey().equalsIgnoreCase(name)
          && !header.getValue().isEmpty()) {
        return header.getValue().get(0);
      }
    }
    return null;
  }
}
