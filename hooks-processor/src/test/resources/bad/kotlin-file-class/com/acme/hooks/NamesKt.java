package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

/** The stub kapt writes for Names.kt, which holds: fun normalize(name: String) = name.trim() */
@kotlin.Metadata(k = 2)
public final class NamesKt { // error: NamesKt is the class Kotlin compiles the top-level functions and properties of a file into, and it is in hooks package com.acme.hooks
  public static final String normalize(String name) {
    return name.trim();
  }
}
