package dev.hookwire.securitytests.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.securitytests.Events;

/** Records the admin path. */
public final class AfterAdminUserCreate {
  private final Events events;

  public AfterAdminUserCreate(Events events) {
    this.events = events;
  }

  public void handle(User user) {
    events.fire("after-admin-user-create");
  }
}
