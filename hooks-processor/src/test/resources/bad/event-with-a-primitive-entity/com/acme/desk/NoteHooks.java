package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent void afterNoteSave(int n, HookContext c); // error: Catalog method afterNoteSave must take (Entity, HookContext): the event's entity and the context. Found (int, HookContext).
}
