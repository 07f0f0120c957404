package com.acme.cms;

import dev.hookwire.annotations.AfterEvent;
import dev.hookwire.annotations.BeforeEvent;
import dev.hookwire.annotations.EventCatalog;
import dev.hookwire.annotations.Tagged;
import dev.hookwire.annotations.TransformEvent;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.HookContext;

/** A content store's catalog: its entity is dynamic data, patched by the hand-written DataRecordPatch. */
@EventCatalog
public interface CmsHooks {
  @BeforeEvent
  @Tagged
  DataRecord beforeRecordSave(DataRecord record, HookContext ctx);

  @AfterEvent
  @Tagged
  void afterRecordSave(DataRecord record, HookContext ctx);

  @TransformEvent
  @Tagged
  DataRecord transformRecordView(DataRecord record, HookContext ctx);
}
