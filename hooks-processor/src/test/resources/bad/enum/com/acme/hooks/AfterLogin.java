package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public enum AfterLogin { INSTANCE } // error: AfterLogin is an enum; a hook must be a class.
