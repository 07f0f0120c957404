package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterSessionCreate {
  @Disabled("off") // error[javac]: not applicable // error[ecj]: The annotation @dev.hookwire.annotations.Disabled is disallowed for this location
  public void handle(Session e) {}
}
