package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterUserCreate {
  public int handle(User u) { return 1; } // error: AfterUserCreate.handle must return void (after-user-create is an after-event), found int.
}
