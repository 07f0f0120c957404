package dev.hookwire.spring.auth;

import dev.hookwire.auth.Login;
import dev.hookwire.spring.Calls;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Timed by its event (the catalog's 30 s), so it runs on another thread: records the principal
 * and the {@code requestId} MDC value it sees there, and its thread's name.
 */
public final class AfterLogin {
  public void handle(Login login) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    Calls.record(
        AfterLogin.class,
        login.user().email() + " as " + (auth == null ? "nobody" : auth.getName()) + " request "
            + MDC.get("requestId") + " on " + Thread.currentThread().getName());
  }
}
