package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Disabled("  ") // error: @Disabled on hook AfterUserCreate needs a reason
public final class AfterUserCreate { public void handle(User user) {} }
