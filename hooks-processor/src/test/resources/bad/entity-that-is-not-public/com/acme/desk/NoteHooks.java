package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent void afterNoteSave(Note note, HookContext c); // error: Catalog method afterNoteSave takes Note, but com.acme.desk.Note is not public: HookWiring, generated in the hooks package, cannot name it. Make it public (and every type it is nested in).
  @TransformEvent java.util.List<Note> transformNotes(java.util.List<Note> notes, HookContext c); // error: Catalog method transformNotes takes List<Note>, but com.acme.desk.Note is not public
}
