package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class TransformCustomUserData {
  @SuppressWarnings("rawtypes")
  public Map handle(Map data) { return data; } // error: TransformCustomUserData.handle uses the raw type Map: write Map<String, String>, the entity of transform-custom-user-data.
}
