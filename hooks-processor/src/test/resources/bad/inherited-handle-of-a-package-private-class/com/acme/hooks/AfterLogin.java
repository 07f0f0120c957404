package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin extends com.acme.support.Open {} // error: Hook class AfterLogin has no handle method of its own, and the one it inherits, Hidden.handle(Login), does not count: com.acme.support.Hidden is not public.
