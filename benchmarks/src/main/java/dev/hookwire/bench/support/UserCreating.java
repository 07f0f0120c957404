package dev.hookwire.bench.support;

import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.runtime.HookContext;

/**
 * The event-bus form of {@code before-user-create}. Subscribers return nothing, so each merges its
 * patch into this mutable event and the host reads the result back: the usual way to get a value
 * out of an event bus.
 */
public final class UserCreating {
  private User user;
  private final HookContext ctx;

  public UserCreating(User user, HookContext ctx) {
    this.user = user;
    this.ctx = ctx;
  }

  /** The user as merged so far. */
  public User user() {
    return user;
  }

  public HookContext ctx() {
    return ctx;
  }

  /** Merges a subscriber's patch; {@code null} changes nothing. */
  public void merge(UserPatch patch) {
    if (patch != null) {
      user = patch.applyTo(user);
    }
  }
}
