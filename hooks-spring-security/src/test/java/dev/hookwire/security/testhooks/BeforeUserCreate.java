package dev.hookwire.security.testhooks;

import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.security.Fired;

/** Records its event. */
public final class BeforeUserCreate {
  public UserPatch handle(User user) {
    Fired.add("before-user-create");
    return null;
  }
}
