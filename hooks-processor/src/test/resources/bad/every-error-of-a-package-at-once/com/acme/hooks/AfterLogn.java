package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogn { public void handle(Login l) {} } // error: Unknown hook event 'after-logn' (class AfterLogn). Did you mean AfterLogin (after-login)?
