package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public record AfterLogin(int x) { public void handle(Login l) {} } // error: AfterLogin is a record; a hook must be a class.
