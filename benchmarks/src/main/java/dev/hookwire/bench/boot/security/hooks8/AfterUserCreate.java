package dev.hookwire.bench.boot.security.hooks8;

import dev.hookwire.auth.User;
import dev.hookwire.bench.boot.security.LoginCounter;

/** Security-benchmark hook: counts the id. */
public final class AfterUserCreate {
  private final LoginCounter counter;

  public AfterUserCreate(LoginCounter counter) {
    this.counter = counter;
  }

  public void handle(User user) {
    counter.saw(user.id());
  }
}
