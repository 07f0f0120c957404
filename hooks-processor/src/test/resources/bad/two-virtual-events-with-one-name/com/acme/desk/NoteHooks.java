package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent
  @VirtualEvent(name = "after-long-note-change", filter = Filters.LongNote.class)
  void afterNoteSave(String n, HookContext c);
  @AfterEvent
  @VirtualEvent(name = "after-long-note-change", filter = Filters.LongNote.class) // error: @VirtualEvent name 'after-long-note-change' is already taken by another @VirtualEvent on catalog method afterNoteSave.
  void afterNoteEdit(String n, HookContext c);
}
