package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent <T> void afterNoteSave(String n, HookContext c); // error: Catalog method afterNoteSave must not be generic: an event has one entity type.
}
