package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

/** A type argument kapt could not resolve. */
@kotlin.Metadata(k = 1)
public final class TransformCustomUserData {
  public final Map<String, String> handle(Map<String, error.NonExistentClass> data) { // error: TransformCustomUserData.handle uses a type that kapt could not resolve
    return Map.of();
  }
}
