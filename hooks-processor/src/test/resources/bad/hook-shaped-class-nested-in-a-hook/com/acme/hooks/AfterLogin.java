package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  public void handle(Login login) {}
  public static final class AfterUserCreate { // error: Class com.acme.hooks.AfterLogin.AfterUserCreate is named after the event 'after-user-create' and has a handle method, but it is nested in AfterLogin, and nested classes are never hooks
    public void handle(User user) {}
  }
}
