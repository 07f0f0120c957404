package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class BeforeLogin {
  @Hook("before-login") // error[javac]: not applicable // error[ecj]: The annotation @dev.hookwire.annotations.Hook is disallowed for this location
  public void handle(LoginAttempt e) {}
}
