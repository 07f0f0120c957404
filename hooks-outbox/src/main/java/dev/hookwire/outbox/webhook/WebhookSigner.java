package dev.hookwire.outbox.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook the Standard Webhooks way: {@code v1,} and the base64 of HMAC-SHA256 over {@code
 * "{id}.{timestamp}.{body}"}; one signature per secret, space-separated, while a secret rotates.
 */
public final class WebhookSigner {
  private final List<WebhookSecret> secrets;

  /** Signs with each secret, in order (the old and the new while rotating). */
  public WebhookSigner(List<WebhookSecret> secrets) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("A webhook signer needs at least one secret");
    }
    this.secrets = List.copyOf(secrets);
  }

  /** The {@code webhook-signature} header value. */
  public String sign(String id, long timestampSeconds, String body) {
    List<String> signatures = new ArrayList<>();
    for (WebhookSecret secret : secrets) {
      signatures.add(
          "v1," + Base64.getEncoder().encodeToString(hmac(secret, id, timestampSeconds, body)));
    }
    return String.join(" ", signatures);
  }

  static byte[] hmac(WebhookSecret secret, String id, long timestampSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
      return mac.doFinal(
          (id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
