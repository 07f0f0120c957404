package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent
  @VirtualEvent(name = "after-admin-note-save", filter = dev.hookwire.auth.AdminCreateUserFilter.class) // error: @VirtualEvent filter dev.hookwire.auth.AdminCreateUserFilter implements EventFilter<User>, not EventFilter<String>. A filter must be
  void afterNoteSave(String n, HookContext c);
}
