package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook("") // error: @Hook on class Provision names no event. Write the event in kebab-case, for example @Hook("after-user-create"), or remove @Hook to take the event from the class name.
public final class Provision { public void handle(User u) {} }
