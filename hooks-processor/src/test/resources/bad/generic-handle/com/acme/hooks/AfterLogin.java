package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  public <T> void handle(Login l) {} // error: AfterLogin.handle must not be generic. Remove its type parameters.
}
