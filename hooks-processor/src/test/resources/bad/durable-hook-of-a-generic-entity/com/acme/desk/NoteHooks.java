package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.HookContext;
import java.util.Map;

@EventCatalog
public interface NoteHooks {
  @AfterEvent void afterNoteSave(Map<String, String> note, HookContext ctx);
}
