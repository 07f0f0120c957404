package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

/** The stub kapt writes for: object AfterLogin { fun handle(login: Login) {} } */
@kotlin.Metadata(k = 1)
public final class AfterLogin { // error: Hook AfterLogin is a Kotlin object: HookWiring creates each hook with new AfterLogin(), and an object has no public constructor, only its INSTANCE. Declare it as a class
  public static final AfterLogin INSTANCE = new AfterLogin();

  private AfterLogin() {}

  public final void handle(Login login) {}
}
