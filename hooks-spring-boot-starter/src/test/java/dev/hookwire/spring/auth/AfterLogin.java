package dev.hookwire.spring.auth;

import dev.hookwire.auth.Login;
import dev.hookwire.spring.Calls;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Timed by its event (the catalog's 30 s), so it runs on another thread: records the principal,
 * the {@code requestId} MDC value and the current Micrometer observation it sees there, and its
 * thread's name.
 */
public final class AfterLogin {
  public void handle(Login login) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    // Any registry reads the thread's current observation: Micrometer keeps it in one thread-local.
    Observation observation = ObservationRegistry.create().getCurrentObservation();
    Calls.record(
        AfterLogin.class,
        login.user().email() + " as " + (auth == null ? "nobody" : auth.getName())
            + " request " + MDC.get("requestId")
            + " observation "
            + (observation == null ? "none" : observation.getContext().getName())
            + " on " + Thread.currentThread().getName());
  }
}
