package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Timeout(0) // error: @Timeout on AfterUserCreate must be positive, found 0. Remove @Timeout to run without a time limit.
public final class AfterUserCreate { public void handle(User user) {} }
