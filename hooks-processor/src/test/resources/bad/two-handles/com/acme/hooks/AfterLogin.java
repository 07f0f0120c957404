package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  public void handle(Login l) {}
  public void handle(Login l, HookContext c) {} // error: Hook class AfterLogin has 2 handle methods; a hook has exactly one. Remove this one or rename it.
}
