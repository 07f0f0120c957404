package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  public void handle(Login login) {}
  @Hook("after-user-create") // error: @Hook on com.acme.hooks.AfterLogin.AfterUserCreate has no effect: only top-level classes of a hooks package are hooks, and this class is nested.
  public static final class AfterUserCreate { public void handle(User user) {} }
}
