package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.DataRecordPatch;

/** Every row of every table counts its revisions. */
public final class OnModelBeforeUpdate {
  public DataRecordPatch handle(DataRecord row) {
    Object revision = row.get("revision");
    return DataRecordPatch.of().set("revision", revision instanceof Integer r ? r + 1 : 1);
  }
}
