package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class StringUtils { public static String trim(String s) { return s; } } // error: Unknown hook event 'string-utils' (class StringUtils). Known events: {AUTH}. {HELP}
