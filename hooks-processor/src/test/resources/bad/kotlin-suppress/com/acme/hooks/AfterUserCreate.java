package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Inline
@kotlin.Suppress(names = "hookwire")
public final class AfterUserCreate { public void handle(User user) {} }
