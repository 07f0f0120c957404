package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  void handle(Login l) {} // error: AfterLogin.handle must be public. Add the public modifier.
}
