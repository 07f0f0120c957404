package dev.hookwire.security.testhooks;

import dev.hookwire.auth.LoginAttempt;
import dev.hookwire.security.Fired;

/** Records its event. */
public final class BeforeLogin {
  public void handle(LoginAttempt attempt) {
    Fired.add("before-login");
  }
}
