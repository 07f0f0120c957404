package dev.hookwire.securitytests.hooks;

import dev.hookwire.auth.Login;
import dev.hookwire.securitytests.Events;

/** Records every login that succeeded. */
public final class AfterLogin {
  private final Events events;

  public AfterLogin(Events events) {
    this.events = events;
  }

  public void handle(Login login) {
    events.fire("after-login");
    events.login(login);
  }
}
