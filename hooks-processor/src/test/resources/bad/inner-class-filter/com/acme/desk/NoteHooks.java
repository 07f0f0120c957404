package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent
  @VirtualEvent(name = "after-long-note-save", filter = Filters.Inner.class) // error: @VirtualEvent filter com.acme.desk.Filters.Inner is an inner class: creating it needs an instance of its enclosing class. A filter must be
  void afterNoteSave(String n, HookContext c);
}
