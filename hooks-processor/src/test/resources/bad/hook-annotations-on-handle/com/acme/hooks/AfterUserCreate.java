package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterUserCreate {
  @Order(1) // error[javac]: not applicable // error[ecj]: The annotation @dev.hookwire.annotations.Order is disallowed for this location
  public void handle(User e) {}
}
