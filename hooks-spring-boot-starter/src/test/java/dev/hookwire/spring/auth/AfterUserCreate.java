package dev.hookwire.spring.auth;

import dev.hookwire.auth.User;
import dev.hookwire.spring.Calls;

/** Records the sign-up. */
public final class AfterUserCreate {
  public void handle(User user) {
    Calls.record(AfterUserCreate.class, user.email());
  }
}
