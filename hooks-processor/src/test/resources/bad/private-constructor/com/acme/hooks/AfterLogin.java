package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  private AfterLogin() {} // error: Hook class AfterLogin needs a public constructor: HookWiring creates it with new AfterLogin(), or with the dependencies its constructor's parameters name, from HookDependencies. Make the constructor public.
  public void handle(Login l) {}
}
