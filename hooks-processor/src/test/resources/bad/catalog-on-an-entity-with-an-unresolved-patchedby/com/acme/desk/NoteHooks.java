package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.HookContext;

@EventCatalog
public interface NoteHooks {
  @BeforeEvent Note beforeNoteSave(Note note, HookContext ctx);
}
