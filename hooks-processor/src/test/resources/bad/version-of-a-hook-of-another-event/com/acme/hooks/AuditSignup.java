package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook("after-user-create")
@Version(value = "2", of = "GateSignup") // error: @Version(of = "GateSignup") on hook AuditSignup names no first version of a hook of after-user-create in this package
public final class AuditSignup { public void handle(User user) {} }
