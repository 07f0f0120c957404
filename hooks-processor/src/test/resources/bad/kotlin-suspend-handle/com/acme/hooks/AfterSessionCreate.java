package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

/** The stub kapt writes for: class AfterSessionCreate { suspend fun handle(session: Session) {} } */
@kotlin.Metadata(k = 1)
public final class AfterSessionCreate {
  public final Object handle(Session session, kotlin.coroutines.Continuation<? super Object> completion) { // error: AfterSessionCreate.handle is a suspend fun: hooks are blocking, and HookWiring calls handle with no coroutine to resume it
    return null;
  }
}
