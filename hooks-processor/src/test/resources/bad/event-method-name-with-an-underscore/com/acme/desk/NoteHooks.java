package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent void after_note_save(String n, HookContext c); // error: Catalog method after_note_save does not map to an event name ('after_note_save' is not lowercase words joined by '-'). Name catalog methods in camelCase, letters and digits only: beforeNoteSave is event before-note-save and hook class BeforeNoteSave.
}
