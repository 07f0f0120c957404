package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

final class AfterLogin { public void handle(Login l) {} } // error: Hook class AfterLogin must be public. Add the public modifier.
