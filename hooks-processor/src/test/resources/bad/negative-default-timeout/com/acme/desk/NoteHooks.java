package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface NoteHooks {
  @AfterEvent
  @Timeout(-1) // error: @Timeout on afterNoteSave must be positive, found -1. Remove @Timeout to run without a time limit.
  void afterNoteSave(String n, HookContext c);
}
