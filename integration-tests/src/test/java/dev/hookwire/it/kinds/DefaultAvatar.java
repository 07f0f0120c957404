package dev.hookwire.it.kinds;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;

/**
 * Last before-user-create hook, in the one-parameter form: derives the image from the name and
 * email as merged so far, so the result shows what it saw.
 */
@Hook("before-user-create")
@Order(4)
public final class DefaultAvatar {
  public UserPatch handle(User user) {
    if (user.image() != null) {
      return null;
    }
    return UserPatch.of().image("avatar:" + user.name() + "<" + user.email() + ">");
  }
}
