package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  public void handle(Login l) {}
  @Hook("after-user-create") // error: @Hook on com.acme.hooks.AfterLogin.Audit has no effect: only top-level classes of a hooks package are hooks, and this class is nested. Make it a top-level class of the hooks package.
  public static final class Audit { public void handle(User u) {} }
}
