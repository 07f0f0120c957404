package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  public void handle(Login l) {}
  public void handle(Login l, HookContext c) {} // error: Hook class AfterLogin has 3 handle methods
  public void handle(Object o) {} // error: Hook class AfterLogin has 3 handle methods
}
