package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin {
  public void handle(HookContext c) {} // error: AfterLogin.handle takes only the HookContext; it must take (Login) or (Login, HookContext): the event's entity comes first.
}
