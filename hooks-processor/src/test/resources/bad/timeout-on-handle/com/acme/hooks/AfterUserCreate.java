package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterUserCreate {
  @Timeout(100) // error: @Timeout on method AfterUserCreate.handle has no effect: hook annotations go on the hook class. Move it to class AfterUserCreate.
  public void handle(User user) {}
}
