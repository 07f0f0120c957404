package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Inline
@SuppressWarnings("hookwire") // warning[ecj]: Unsupported @SuppressWarnings("hookwire")
public final class AfterAdminUserCreate { public void handle(User user) {} }
