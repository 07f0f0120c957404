package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook("before-user-create")
@Version(value = "1", of = "GateSignup") // error: @Version("1") on hook GateSignupStrict: GateSignup is that version of hook GateSignup already. Give each version of a hook its own id. [hookwire:version-duplicate-id]
public final class GateSignupStrict { public void handle(User user) {} }
