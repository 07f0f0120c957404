package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook("before-user-create")
@Version(value = "2", of = "GateSignup", live = true) // error: GateSignup is a hook of before-user-create without @Version: give it @Version(value = "1", live = true) to make it the first version.
public final class GateSignupStrict { public void handle(User user) {} }
