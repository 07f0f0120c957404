package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Async // error: @Async on hook BeforeUserCreate: only after-hooks can be async, and before-user-create is a before-event, whose result the dispatcher needs before it returns. Remove @Async.
public final class BeforeUserCreate { public void handle(User u) {} }
