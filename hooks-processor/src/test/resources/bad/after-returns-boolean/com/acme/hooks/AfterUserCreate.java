package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterUserCreate {
  public boolean handle(User u) { return true; } // error: AfterUserCreate.handle must return void (after-user-create is an after-event), found boolean.
}
