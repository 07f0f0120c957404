package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @TransformEvent Object transformNote(String n, HookContext c); // error: Catalog method transformNote is a transform event and must return java.lang.String, found java.lang.Object.
}
