package dev.hookwire.bench.boot.security.hooks8;

import dev.hookwire.auth.User;
import dev.hookwire.bench.boot.security.LoginCounter;

/** Security-benchmark hook: counts the email. */
public final class BeforeUserCreate {
  private final LoginCounter counter;

  public BeforeUserCreate(LoginCounter counter) {
    this.counter = counter;
  }

  public void handle(User user) {
    counter.saw(user.email());
  }
}
