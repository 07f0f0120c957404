package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent
  @VirtualEvent(name = "after-long-note-save", filter = Filters.Generic.class) // error: @VirtualEvent filter com.acme.desk.Filters.Generic is generic. A filter must be
  void afterNoteSave(String n, HookContext c);
}
