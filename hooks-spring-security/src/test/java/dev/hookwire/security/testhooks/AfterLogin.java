package dev.hookwire.security.testhooks;

import dev.hookwire.auth.Login;
import dev.hookwire.security.Fired;

/** Records its event. */
public final class AfterLogin {
  public void handle(Login login) {
    Fired.add("after-login");
  }
}
