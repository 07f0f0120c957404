package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Inline // warning: @Inline on hook AfterUserCreate has no effect: event after-user-create has no default time limit
public final class AfterUserCreate { public void handle(User user) {} }
