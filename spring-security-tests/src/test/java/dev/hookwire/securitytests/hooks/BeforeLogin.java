package dev.hookwire.securitytests.hooks;

import dev.hookwire.annotations.Timeout;
import dev.hookwire.auth.LoginAttempt;
import dev.hookwire.securitytests.Events;
import java.util.concurrent.TimeUnit;

/** Records every login attempt; its time limit makes a hanging hook fail the login closed. */
@Timeout(value = 500, unit = TimeUnit.MILLISECONDS)
public final class BeforeLogin {
  private final Events events;

  public BeforeLogin(Events events) {
    this.events = events;
  }

  public void handle(LoginAttempt attempt) {
    events.fire("before-login");
  }
}
