package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class TransformCustomUserData {
  public Map<String, Object> handle(Map<String, String> d) { return null; } // error: TransformCustomUserData.handle must return Map<String, String> (transform-custom-user-data is a transform event), found Map<String, Object>
}
