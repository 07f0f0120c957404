package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent
  @VirtualEvent(name = "after-long-note-save", filter = Filters.NoDefault.class) // error: @VirtualEvent filter com.acme.desk.Filters.NoDefault has no public no-argument constructor. A filter must be
  void afterNoteSave(String n, HookContext c);
}
