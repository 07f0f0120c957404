package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  public void handle(Login l, String ctx) {} // error: AfterLogin.handle's second parameter must be HookContext (dev.hookwire.runtime.HookContext), found String.
}
