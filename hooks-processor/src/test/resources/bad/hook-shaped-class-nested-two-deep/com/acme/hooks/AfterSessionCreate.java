package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterSessionCreate {
  public void handle(Session session) {}
  static final class Inner {
    static final class BeforeLogin { public void handle(LoginAttempt attempt) {} } // error: Class com.acme.hooks.AfterSessionCreate.Inner.BeforeLogin is named after the event 'before-login' and has a handle method, but it is nested in AfterSessionCreate
  }
}
