package dev.hookwire.securitytests.hooks;

import dev.hookwire.auth.Session;
import dev.hookwire.securitytests.Events;

/** Records every session. */
public final class AfterSessionCreate {
  private final Events events;

  public AfterSessionCreate(Events events) {
    this.events = events;
  }

  public void handle(Session session) {
    events.fire("after-session-create");
  }
}
