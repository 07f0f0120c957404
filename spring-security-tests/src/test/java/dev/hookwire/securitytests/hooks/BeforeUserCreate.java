package dev.hookwire.securitytests.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.securitytests.Events;
import java.util.Locale;

/** Records; lower-cases the email, so the patch must reach the stored username. */
public final class BeforeUserCreate {
  private final Events events;

  public BeforeUserCreate(Events events) {
    this.events = events;
  }

  public UserPatch handle(User user) {
    events.fire("before-user-create");
    String email = user.email() == null ? null : user.email().toLowerCase(Locale.ROOT);
    return email == null || email.equals(user.email()) ? null : UserPatch.of().email(email);
  }
}
