package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @VirtualEvent(name = "after-long-note-save", filter = Object.class) default void afterNoteSave(String n, HookContext c) {} // error: Catalog method afterNoteSave is a default method, so it is a helper for the host, not an event, and its @VirtualEvent has no effect.
}
