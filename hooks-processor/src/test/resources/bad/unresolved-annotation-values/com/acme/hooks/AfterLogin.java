package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook(Events.MISSING) // error[javac]: cannot find symbol // error[ecj]: Events cannot be resolved to a variable
public final class AfterLogin { public void handle(Login e) {} }
