package dev.hookwire.bench.boot.security.hooks8;

import dev.hookwire.auth.Session;
import dev.hookwire.auth.SessionPatch;
import dev.hookwire.bench.boot.security.LoginCounter;

/** Security-benchmark hook: sets the active organization. */
public final class BeforeSessionCreate {
  private final LoginCounter counter;

  public BeforeSessionCreate(LoginCounter counter) {
    this.counter = counter;
  }

  public SessionPatch handle(Session session) {
    counter.saw(session.userId());
    return SessionPatch.of().activeOrganizationId("org-" + session.userId());
  }
}
