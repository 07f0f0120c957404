package dev.hookwire.outbox.webhook;

/** A webhook that is not what its sender signed, or too old or too new. Never carries a secret. */
public class WebhookVerificationException extends Exception {
  private static final long serialVersionUID = 1L;

  public WebhookVerificationException(String message) {
    super(message);
  }
}
