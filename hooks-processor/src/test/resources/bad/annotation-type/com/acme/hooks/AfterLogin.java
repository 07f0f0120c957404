package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public @interface AfterLogin {} // error: AfterLogin is an annotation type; a hook must be a class.
