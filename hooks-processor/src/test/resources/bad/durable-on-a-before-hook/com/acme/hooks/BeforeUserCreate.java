package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Durable // error: @Durable on hook BeforeUserCreate: only after-hooks can be durable, and before-user-create is a before-event, whose result the dispatcher needs before it returns, inside the operation. Remove @Durable.
public final class BeforeUserCreate { public void handle(User u) {} }
