package com.acme.hooks;

import dev.hookwire.auth.Login;
import javax.sql.DataSource;

public final class AfterLogin {
  public AfterLogin(DataSource ds) {}
  public AfterLogin() {} // error: Hook class AfterLogin has 2 public constructors; a hook has one, which HookWiring creates it with. Make this one non-public, or remove it.
  public void handle(Login l) {}
}
