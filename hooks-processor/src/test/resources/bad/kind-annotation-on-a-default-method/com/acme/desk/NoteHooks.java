package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent default void afterNoteSave(String n, HookContext c) {} // error: Catalog method afterNoteSave is a default method, so it is a helper for the host, not an event, and its @AfterEvent has no effect. An event is an abstract method: to declare one, remove the default modifier and the body. To keep the helper, remove @AfterEvent.
}
