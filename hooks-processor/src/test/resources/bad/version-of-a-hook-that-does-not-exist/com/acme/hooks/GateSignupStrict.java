package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook("before-user-create")
@Version(value = "2", of = "GateSignp") // error: @Version(of = "GateSignp") on hook GateSignupStrict names no first version of a hook of before-user-create in this package (a class whose @Version has no 'of'). Did you mean "GateSignup"?
public final class GateSignupStrict { public void handle(User user) {} }
