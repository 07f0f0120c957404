package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Hook;
import dev.hookwire.it.pocketbase.Journal;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.HookContext;

/** Every created record, of any collection, is audited. */
@Hook("on-record-after-create-request")
public final class AuditRecordCreate {
  public void handle(DataRecord record, HookContext ctx) {
    ctx.service(Journal.class)
        .add("audit " + record.collection() + "/" + record.id() + " by "
            + record.getString("author"));
  }
}
