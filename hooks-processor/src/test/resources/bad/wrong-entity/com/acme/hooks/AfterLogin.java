package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  public void handle(User u) {} // error: AfterLogin.handle's first parameter must accept Login, the entity of after-login, found User.
}
