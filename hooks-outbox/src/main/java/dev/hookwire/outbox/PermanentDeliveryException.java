package dev.hookwire.outbox;

/**
 * A delivery that can never succeed as it stands: the event is dead-lettered at once, and when
 * {@link #disablesTarget()} the target is disabled too (a webhook endpoint that answered {@code 410
 * Gone}): its later events are dead-lettered without being tried until {@link Outbox#enable}.
 */
public class PermanentDeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean disablesTarget;

  public PermanentDeliveryException(String message, boolean disablesTarget) {
    super(message);
    this.disablesTarget = disablesTarget;
  }

  public boolean disablesTarget() {
    return disablesTarget;
  }
}
