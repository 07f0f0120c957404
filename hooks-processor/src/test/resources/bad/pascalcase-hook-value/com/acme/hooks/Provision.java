package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook("AfterUserCreate") // error: Unknown hook event 'AfterUserCreate' in @Hook on class Provision. Did you mean 'after-user-create'? Known events: {AUTH}.
public final class Provision { public void handle(User u) {} }
