package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

/** The stub kapt writes, without correctErrorTypes, for a handle returning a patch it cannot resolve. */
@kotlin.Metadata(k = 1)
public final class BeforeUserCreate {
  public final error.NonExistentClass handle(User user) { // error: BeforeUserCreate.handle uses a type that kapt could not resolve (kapt's stub shows it as error.NonExistentClass): most likely one generated in this build, such as a patch. Enable kapt's correctErrorTypes
    return null;
  }
}
