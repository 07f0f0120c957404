package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook("  ") // error: @Hook on class Provision names no event.
public final class Provision { public void handle(User u) {} }
