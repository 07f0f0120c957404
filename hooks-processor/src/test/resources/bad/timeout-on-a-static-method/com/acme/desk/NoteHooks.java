package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @Timeout(5) static void afterNoteSave(String n, HookContext c) {} // error: Catalog method afterNoteSave is a static method, so it is a helper for the host, not an event, and its @Timeout has no effect.
}
