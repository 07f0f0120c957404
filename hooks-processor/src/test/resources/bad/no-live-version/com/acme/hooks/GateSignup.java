package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook("before-user-create")
@Version("1") // error: No version of hook GateSignup (before-user-create) is live: versions 1 (GateSignup), 2 (GateSignupStrict). Mark the one the service starts with
public final class GateSignup { public void handle(User user) {} }
