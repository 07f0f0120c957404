package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent
  @VirtualEvent(name = "AfterAdminNoteSave", filter = Object.class) // error: @VirtualEvent name 'AfterAdminNoteSave' must be kebab-case (lowercase words joined by '-'), for example 'after-admin-user-create'.
  void afterNoteSave(String n, HookContext c);
}
