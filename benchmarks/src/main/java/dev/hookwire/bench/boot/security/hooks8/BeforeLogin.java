package dev.hookwire.bench.boot.security.hooks8;

import dev.hookwire.auth.LoginAttempt;
import dev.hookwire.bench.boot.security.LoginCounter;

/** Security-benchmark hook: counts the typed username. */
public final class BeforeLogin {
  private final LoginCounter counter;

  public BeforeLogin(LoginCounter counter) {
    this.counter = counter;
  }

  public void handle(LoginAttempt attempt) {
    counter.saw(attempt.email());
  }
}
