package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Timeout(MISSING) // error[javac]: cannot find symbol // error[ecj]: MISSING cannot be resolved to a variable
public final class AfterUserCreate { public void handle(User e) {} }
