package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterAdminUserCreate {
  @Tags("x") // error[javac]: not applicable // error[ecj]: The annotation @dev.hookwire.annotations.Tags is disallowed for this location
  public void handle(User e) {}
}
