package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class BeforeUserCreate { public UserPatch apply(User u) { return null; } } // error: Hook class BeforeUserCreate has no handle method. Expected public UserPatch handle(User user, HookContext ctx) (the HookContext parameter is optional).
