package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook("before-user-create")
@Version(value = "2", of = "GateSignup")
public final class GateSignupStrict { public void handle(User user) {} }
