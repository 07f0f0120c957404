package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  @Inline // error[javac]: not applicable // error[ecj]: The annotation @dev.hookwire.annotations.Inline is disallowed for this location
  public void handle(Login login) {}
}
