package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

final class AfterLogin { // error: Hook class AfterLogin must be public. Add the public modifier.
  AfterLogin() {} // error: Hook class AfterLogin needs a public constructor
  public void handle(Login l) {}
}
