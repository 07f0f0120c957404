package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

/** A Java singleton: not Kotlin, so the message is the one for any class. */
public final class AfterSessionCreate {
  public static final AfterSessionCreate INSTANCE = new AfterSessionCreate();

  private AfterSessionCreate() {} // error: Hook class AfterSessionCreate needs a public constructor

  public void handle(Session session) {}
}
