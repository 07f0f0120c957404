package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @BeforeEvent void beforeNoteSave(String n, HookContext c); // error: Catalog method beforeNoteSave is a before-event and must return java.lang.String, found void.
}
