package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class TransformCustomUserData {
  public void handle(Map<String, String> d) {} // error: TransformCustomUserData.handle must return Map<String, String> (transform-custom-user-data is a transform event), found void: the replacement for the input (return the input to keep it).
}
