package dev.hookwire.security.testhooks;

import dev.hookwire.auth.User;
import dev.hookwire.security.Fired;

/** Records its event. */
public final class AfterUserCreate {
  public void handle(User user) {
    Fired.add("after-user-create");
  }
}
