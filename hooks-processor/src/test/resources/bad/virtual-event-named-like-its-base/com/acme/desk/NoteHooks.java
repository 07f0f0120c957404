package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent
  @VirtualEvent(name = "after-note-save", filter = Object.class) // error: @VirtualEvent name 'after-note-save' is already taken by the event of catalog method afterNoteSave. A virtual event needs a name of its own, which its hook classes are named after: name it after its condition, like 'after-admin-user-create' for 'after-user-create' on the admin path.
  void afterNoteSave(String n, HookContext c);
}
