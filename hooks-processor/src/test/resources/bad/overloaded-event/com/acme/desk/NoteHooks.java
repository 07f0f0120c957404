package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent void afterNoteSave(String n, HookContext c);
  @AfterEvent void afterNoteSave(Integer n, HookContext c); // error: Catalog method afterNoteSave is overloaded: an event has exactly one dispatcher method, and every overload would map to event 'after-note-save'. Remove this overload or give it a name of its own.
}
