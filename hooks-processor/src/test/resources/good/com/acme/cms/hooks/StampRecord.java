package com.acme.cms.hooks;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.DataRecordPatch;
import dev.hookwire.runtime.HookContext;

@Hook("before-record-save")
@Order(5)
public final class StampRecord {
  public DataRecordPatch handle(DataRecord record, HookContext ctx) {
    return DataRecordPatch.of().set("editor", ctx.metadata("user").orElse("anonymous")).unset("draftNotes");
  }
}
