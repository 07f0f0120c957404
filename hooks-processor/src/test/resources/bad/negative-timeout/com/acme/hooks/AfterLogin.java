package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Timeout(value = -5, unit = java.util.concurrent.TimeUnit.SECONDS) // error: @Timeout on AfterLogin must be positive, found -5.
public final class AfterLogin { public void handle(Login l) {} }
