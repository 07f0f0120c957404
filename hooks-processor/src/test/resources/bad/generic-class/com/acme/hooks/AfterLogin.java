package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin<T> { // error: Hook class AfterLogin must not be generic: HookWiring creates it with new AfterLogin(). Remove the type parameters.
  public void handle(Login l) {}
}
