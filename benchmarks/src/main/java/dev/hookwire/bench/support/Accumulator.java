package dev.hookwire.bench.support;

import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;

/**
 * The constructor dependency of the {@code deps3} hooks: the same work as {@link Sink#after} and
 * the {@code n3} before-hooks' patch, reached through an instance the hook holds.
 */
public final class Accumulator {
  public void after(User user, int hook) {
    Sink.after(user, hook);
  }

  public UserPatch patch(User user) {
    return UserPatch.of().emailVerified(!user.emailVerified());
  }
}
