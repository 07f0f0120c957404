package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterLogin extends com.acme.support.Base {} // error: Hook class AfterLogin has no handle method of its own, and the one it inherits, Base.handle(Login), does not count: it is not public.
