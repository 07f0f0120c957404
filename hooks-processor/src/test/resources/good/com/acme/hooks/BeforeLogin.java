package com.acme.hooks;

import dev.hookwire.auth.LoginAttempt;
import dev.hookwire.runtime.HookRejection;

public final class BeforeLogin {
  public void handle(LoginAttempt attempt) {
    if ("blocked@acme.test".equals(attempt.email())) {
      throw new HookRejection("This account is blocked.");
    }
  }
}
