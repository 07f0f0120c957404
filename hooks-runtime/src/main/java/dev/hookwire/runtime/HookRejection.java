package dev.hookwire.runtime;

/**
 * Thrown by a before-hook to deny the operation with a message meant for the end user.
 *
 * <pre>{@code
 * throw new HookRejection("Disposable email addresses are not allowed.");
 * }</pre>
 *
 * <p>The host sees a {@link HookAbortedException} whose {@link HookAbortedException#userMessage()}
 * is this message. Any other exception a hook throws also aborts, but its message is never
 * presented as user-facing.
 */
public class HookRejection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String userMessage;

  /** @param message shown to the end user; must not be blank */
  public HookRejection(String message) {
    super(requireText(message));
    this.userMessage = message;
  }

  public HookRejection(String message, Throwable cause) {
    super(requireText(message), cause);
    this.userMessage = message;
  }

  /**
   * The message for the end user, as given to the constructor (a subclass overriding {@link
   * #getMessage()} does not change it).
   */
  public final String userMessage() {
    return userMessage;
  }

  private static String requireText(String message) {
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("A HookRejection needs a message for the end user");
    }
    return message;
  }
}
