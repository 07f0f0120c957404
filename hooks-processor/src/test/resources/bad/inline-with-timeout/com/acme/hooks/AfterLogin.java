package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Inline // error: @Inline on hook AfterLogin contradicts its @Timeout
@Timeout(5)
public final class AfterLogin { public void handle(Login login) {} }
