package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public class AfterLogin {
  protected AfterLogin() {} // error: Hook class AfterLogin needs a public constructor
  public void handle(Login l) {}
}
