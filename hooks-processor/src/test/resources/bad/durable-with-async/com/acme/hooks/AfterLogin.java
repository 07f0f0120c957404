package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Durable // error: @Durable on hook AfterLogin contradicts its @Async: a durable hook is recorded with the host's write and delivered by the outbox's workers after commit
@Async
public final class AfterLogin { public void handle(Login login) {} }
