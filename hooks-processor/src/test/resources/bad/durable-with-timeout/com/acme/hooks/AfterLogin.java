package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Durable // error: @Durable on hook AfterLogin contradicts its @Timeout: a durable hook is not run by the dispatcher but delivered by the outbox's workers
@Timeout(100)
public final class AfterLogin { public void handle(Login login) {} }
