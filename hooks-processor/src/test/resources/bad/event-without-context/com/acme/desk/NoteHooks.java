package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent void afterNoteSave(String n); // error: Catalog method afterNoteSave must take (Entity, HookContext): the event's entity and the context. Found (String).
}
