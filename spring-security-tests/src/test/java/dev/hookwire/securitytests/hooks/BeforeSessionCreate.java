package dev.hookwire.securitytests.hooks;

import dev.hookwire.auth.Session;
import dev.hookwire.auth.SessionPatch;
import dev.hookwire.securitytests.Events;

/** Records; sets the active organization, which must reach the session. */
public final class BeforeSessionCreate {
  private final Events events;

  public BeforeSessionCreate(Events events) {
    this.events = events;
  }

  public SessionPatch handle(Session session) {
    events.fire("before-session-create");
    return SessionPatch.of().activeOrganizationId("org_" + session.userId());
  }
}
