package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class Afterlogin { public void handle(Login l) {} } // error: Unknown hook event 'afterlogin' (class Afterlogin). Did you mean AfterLogin (after-login)? Known events: {AUTH}. {HELP}
