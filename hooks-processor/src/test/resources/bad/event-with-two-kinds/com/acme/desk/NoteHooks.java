package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @BeforeEvent @AfterEvent void afterNoteSave(String n, HookContext c); // error: Catalog method afterNoteSave has more than one kind annotation; keep exactly one of @BeforeEvent, @AfterEvent, @TransformEvent.
}
