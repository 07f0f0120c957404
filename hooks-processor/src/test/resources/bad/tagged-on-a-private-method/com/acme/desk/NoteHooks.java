package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @Tagged private void afterNoteSave(String n, HookContext c) {} // error: Catalog method afterNoteSave is a private method, so it is a helper for the host, not an event, and its @Tagged has no effect. An event is an abstract method: to declare one, make it a public abstract method (no body). To keep the helper, remove @Tagged.
}
