package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Timeout(0) // error: @Timeout on AfterLogin must be positive, found 0. Event after-login has a default time limit of 30000 ms, which applies without @Timeout: to run without a time limit, on the caller's thread, replace @Timeout with @Inline.
public final class AfterLogin { public void handle(Login l) {} }
