package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class BeforeUserCreate {
  public User handle(User u) { return u; } // error: BeforeUserCreate.handle must return void or UserPatch (before-user-create is a before-event), found User. A before-hook changes the User by returning a UserPatch that names only what changes; the wiring merges it into a new User. It never returns a whole User.
}
