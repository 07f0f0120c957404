package dev.hookwire.spring.legacy;

import dev.hookwire.auth.User;
import dev.hookwire.spring.Calls;

/** Records the sign-up, as the legacy package. */
public final class AfterUserCreate {
  public void handle(User user) {
    Calls.record(AfterUserCreate.class, user.email());
  }
}
