package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

abstract class StringUtils<T> { // error: Unknown hook event 'string-utils'
  private StringUtils() {}
  @Timeout(0) void handle() {}
}
