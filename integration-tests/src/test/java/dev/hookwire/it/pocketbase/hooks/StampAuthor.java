package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.DataRecordPatch;
import dev.hookwire.runtime.HookContext;

/** Every new record, of any collection, records who created it: runs first. */
@Hook("on-record-before-create-request")
@Order(-10)
public final class StampAuthor {
  public DataRecordPatch handle(DataRecord record, HookContext ctx) {
    return DataRecordPatch.of().set("author", ctx.metadata("auth").orElse("guest"));
  }
}
