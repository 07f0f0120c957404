package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterUserCreate { public void handle(Usr user) {} } // error[javac]: cannot find symbol // error[ecj]: Usr cannot be resolved to a type
