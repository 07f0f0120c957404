package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.Journal;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.HookContext;

/** Every update is journaled, whatever the collection. */
public final class OnRecordAfterUpdateRequest {
  public void handle(DataRecord record, HookContext ctx) {
    ctx.service(Journal.class)
        .add("updated " + record.collection() + "/" + record.id() + " "
            + record.fields().keySet());
  }
}
