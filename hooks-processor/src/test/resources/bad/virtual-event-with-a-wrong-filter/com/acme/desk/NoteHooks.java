package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent
  @VirtualEvent(name = "after-admin-note-save", filter = Object.class) // error: @VirtualEvent filter java.lang.Object does not implement EventFilter. A filter must be a public, non-abstract, non-generic class (top-level or static nested) with a public no-argument constructor that implements dev.hookwire.runtime.EventFilter<java.lang.String>, the base event's entity: the wiring creates it once, with new.
  void afterNoteSave(String n, HookContext c);
}
