package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @BeforeEvent static String beforeNoteSave(String n, HookContext c) { return n; } // error: Catalog method beforeNoteSave is a static method, so it is a helper for the host, not an event, and its @BeforeEvent has no effect. An event is an abstract method: to declare one, remove the static modifier and the body. To keep the helper, remove @BeforeEvent.
}
