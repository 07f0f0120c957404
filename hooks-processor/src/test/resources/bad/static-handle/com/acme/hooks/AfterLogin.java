package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  public static void handle(Login l) {} // error: AfterLogin.handle must be an instance method: HookWiring calls it on the hook's instance. Remove the static modifier.
}
