package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public abstract class AfterLogin { public void handle(Login l) {} } // error: Hook class AfterLogin must not be abstract: HookWiring creates it with new AfterLogin(). Remove the abstract modifier.
