package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook("after-login")
public final class HookWiring { public void handle(Login l) {} } // error: A hook class cannot be named HookWiring: that is the class Hookwire generates in the hooks package.
