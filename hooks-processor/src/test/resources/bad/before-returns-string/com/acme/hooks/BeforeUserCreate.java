package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class BeforeUserCreate {
  public String handle(User u) { return ""; } // error: BeforeUserCreate.handle must return void or UserPatch (before-user-create is a before-event), found String.
}
