package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class BeforeLogin {
  public LoginAttempt handle(LoginAttempt a) { return a; } // error: BeforeLogin.handle must return void (before-login is a before-event), found LoginAttempt: LoginAttempt is not @Patchable, so the hook cannot change it; deny by throwing HookRejection.
}
