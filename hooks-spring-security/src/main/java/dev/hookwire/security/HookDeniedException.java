package dev.hookwire.security;

import dev.hookwire.runtime.HookAbortedException;
import org.springframework.security.core.AuthenticationException;

/**
 * A before-hook stopped a sign-up, a login or a session: Spring Security treats it as the
 * authentication failure it is (the login page's error, the failure handler, the entry point).
 *
 * <p>{@link #getMessage()} is for the end user: a {@link dev.hookwire.runtime.HookRejection}'s
 * message, or {@link #GENERIC} when the hook failed in any other way or timed out (its text stays
 * in the server's log, as the cause of this exception).
 */
public class HookDeniedException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /** What the user reads when a hook failed rather than rejected. */
  public static final String GENERIC = "This cannot be done right now. Please try again later.";

  private final boolean rejection;

  /** The failure {@code aborted} means for the end user. */
  public HookDeniedException(HookAbortedException aborted) {
    super(aborted.userMessage().orElse(GENERIC), aborted);
    this.rejection = aborted.isRejection();
  }

  /** Whether a hook rejected on purpose, so that {@link #getMessage()} is its message. */
  public boolean isRejection() {
    return rejection;
  }
}
