package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent
  @VirtualEvent(name = "after-long-note-save", filter = Filters.Throwing.class) // error: @VirtualEvent filter com.acme.desk.Filters.Throwing has a constructor that throws IOException, a checked exception. A filter must be
  void afterNoteSave(String n, HookContext c);
}
