package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Tags;
import dev.hookwire.it.pocketbase.catalog.PasswordAuth;
import dev.hookwire.runtime.HookRejection;

/** Accounts of a blocked domain cannot sign in. */
@Tags("users")
public final class OnRecordBeforeAuthWithPasswordRequest {
  public void handle(PasswordAuth auth) {
    if (auth.identity().endsWith("@blocked.example")) {
      throw new HookRejection("This account is blocked.");
    }
  }
}
