package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook("before-user-create")
@Version(value = "2", of = "GateSignup", live = true) // error: @Version("2", live = true) on hook GateSignupStrict: GateSignup is live already, and one version of hook GateSignup is live at a time.
public final class GateSignupStrict { public void handle(User user) {} }
