package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent
  @VirtualEvent(name = "after-note-delete", filter = Object.class) // error: @VirtualEvent name 'after-note-delete' is already taken by the event of catalog method afterNoteDelete.
  void afterNoteSave(String n, HookContext c);
  @AfterEvent void afterNoteDelete(String n, HookContext c);
}
