package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent void afterNoteSave(String n, HookContext c);
  @AfterEvent void afterNOTESave(String n, HookContext c); // error: Catalog methods afterNoteSave and afterNOTESave both map to event 'after-note-save'.
}
