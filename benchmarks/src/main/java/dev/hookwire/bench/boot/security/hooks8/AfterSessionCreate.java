package dev.hookwire.bench.boot.security.hooks8;

import dev.hookwire.auth.Session;
import dev.hookwire.bench.boot.security.LoginCounter;

/** Security-benchmark hook: counts the active organization. */
public final class AfterSessionCreate {
  private final LoginCounter counter;

  public AfterSessionCreate(LoginCounter counter) {
    this.counter = counter;
  }

  public void handle(Session session) {
    counter.saw(session.activeOrganizationId());
  }
}
