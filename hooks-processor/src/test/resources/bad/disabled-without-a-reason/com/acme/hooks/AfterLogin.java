package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Disabled("") // error: @Disabled on hook AfterLogin needs a reason
public final class AfterLogin { public void handle(Login login) {} }
