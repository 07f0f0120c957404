package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterSessionCreate {
  public Object handle(Session s) { return s; } // error: AfterSessionCreate.handle must return void (after-session-create is an after-event), found Object.
}
