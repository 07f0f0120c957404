package dev.hookwire.bench.boot.security.hooks8;

import dev.hookwire.auth.Login;
import dev.hookwire.bench.boot.security.LoginCounter;

/** Security-benchmark hook: counts who signed in. */
public final class AfterLogin {
  private final LoginCounter counter;

  public AfterLogin(LoginCounter counter) {
    this.counter = counter;
  }

  public void handle(Login login) {
    counter.saw(login.user().id());
  }
}
