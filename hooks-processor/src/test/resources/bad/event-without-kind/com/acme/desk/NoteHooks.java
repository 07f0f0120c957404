package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  void afterNoteSave(String n, HookContext c); // error: Catalog method afterNoteSave needs one kind annotation: @BeforeEvent, @AfterEvent or @TransformEvent.
}
