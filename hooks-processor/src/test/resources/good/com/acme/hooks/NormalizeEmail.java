package com.acme.hooks;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import java.util.Locale;

@Hook("before-user-create")
@Order(-1)
public final class NormalizeEmail {
  public UserPatch handle(User user) {
    return UserPatch.of().email(user.email().toLowerCase(Locale.ROOT));
  }
}
