package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  private void handle(Login l) {} // error: AfterLogin.handle must be public. // warning[ecj]: The method handle(dev.hookwire.auth.Login) from the type com.acme.hooks.AfterLogin is never used locally
}
