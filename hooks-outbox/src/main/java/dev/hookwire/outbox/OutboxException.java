package dev.hookwire.outbox;

/** The outbox's database refused an operation; the cause is the driver's {@link java.sql.SQLException}. */
public class OutboxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutboxException(String message, Throwable cause) {
    super(message, cause);
  }

  public OutboxException(String message) {
    super(message);
  }
}
