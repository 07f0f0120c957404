package dev.hookwire.console.it.hooks;

import dev.hookwire.annotations.Disabled;
import dev.hookwire.auth.LoginAttempt;

/** Compiled, validated, never run. */
@Disabled("replaced by the identity provider's own check")
public final class BeforeLogin {
  public void handle(LoginAttempt attempt) {}
}
