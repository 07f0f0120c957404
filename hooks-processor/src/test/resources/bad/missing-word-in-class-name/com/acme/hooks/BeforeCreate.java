package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class BeforeCreate { public void handle(User u) {} } // error: Unknown hook event 'before-create' (class BeforeCreate). Did you mean BeforeUserCreate (before-user-create)? Known events: {AUTH}. {HELP}
