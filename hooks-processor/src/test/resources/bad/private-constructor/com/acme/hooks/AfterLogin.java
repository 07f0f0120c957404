package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  private AfterLogin() {} // error: Hook class AfterLogin needs a public no-argument constructor: HookWiring creates it with new AfterLogin(). Hooks get the host's services from HookContext.service(Class), not from constructor arguments.
  public void handle(Login l) {}
}
