package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Tags("users") // error: @Tags on hook AfterLogin: event 'after-login' carries no tag (its catalog method is not @Tagged), so there is nothing to filter on. Remove @Tags, or declare the event @Tagged in its catalog.
public final class AfterLogin { public void handle(Login l) {} }
