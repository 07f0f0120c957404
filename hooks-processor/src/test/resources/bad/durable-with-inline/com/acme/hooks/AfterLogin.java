package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Durable // error: @Durable on hook AfterLogin contradicts its @Inline: a durable hook never runs on the caller's thread
@Inline
public final class AfterLogin { public void handle(Login login) {} }
