package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent void afterNoteSave(String n, HookContext c);
  default String describe() { return "notes"; } // error: @EventCatalog com.acme.desk.NoteHooks declares the method describe(), which HookWiring generates itself to list its events and hooks. Rename the method.
}
