package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  public AfterLogin() throws java.io.IOException {} // error: The constructor of hook class AfterLogin declares IOException, a checked exception
  public void handle(Login login) {}
}
