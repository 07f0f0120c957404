package dev.hookwire.outbox.webhook;

import java.util.Base64;
import java.util.Objects;

/**
 * A Standard Webhooks secret: {@code "whsec_"} and the base64 of the signing key. The key never
 * appears in {@link #toString()}, logs or exception messages.
 */
public final class WebhookSecret {
  static final String PREFIX = "whsec_";
  private static final int MIN_KEY_BYTES = 16;

  private final byte[] key;

  private WebhookSecret(byte[] key) {
    this.key = key;
  }

  /**
   * Reads a {@code "whsec_..."} secret.
   *
   * @throws IllegalArgumentException if it is not {@code whsec_} and base64 of 16 bytes or more
   *     (the message never repeats the secret)
   */
  public static WebhookSecret of(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (!secret.startsWith(PREFIX)) {
      throw new IllegalArgumentException(
          "A webhook secret starts with \"whsec_\" followed by base64");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "A webhook secret's part after \"whsec_\" must be base64", null);
    }
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("A webhook secret's key must have at least "
          + MIN_KEY_BYTES + " bytes, this one has " + key.length);
    }
    return new WebhookSecret(key);
  }

  byte[] key() {
    return key.clone();
  }

  @Override
  public String toString() {
    return "WebhookSecret[redacted]";
  }
}
