package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

final class BeforeLogin { // error: Hook class BeforeLogin must be public.
  public void handle(HookContext c) {} // error: BeforeLogin.handle takes only the HookContext
}
