package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterUserCreat { public void handle(User u) {} } // error: Unknown hook event 'after-user-creat' (class AfterUserCreat). Did you mean AfterUserCreate (after-user-create)? Known events: {AUTH}. {HELP}
