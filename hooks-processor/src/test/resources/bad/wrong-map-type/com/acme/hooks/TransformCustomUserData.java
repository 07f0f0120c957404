package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class TransformCustomUserData {
  public Map<String, String> handle(Map<String, Integer> data) { return null; } // error: TransformCustomUserData.handle's first parameter must accept Map<String, String>, the entity of transform-custom-user-data, found Map<String, Integer>.
}
