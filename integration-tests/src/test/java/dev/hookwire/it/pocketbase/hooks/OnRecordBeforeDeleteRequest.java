package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Tags;
import dev.hookwire.it.pocketbase.catalog.Deletion;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.HookRejection;

/** A locked post cannot be deleted. Nothing to change on a deletion: deny or let go. */
@Tags("posts")
public final class OnRecordBeforeDeleteRequest {
  public void handle(Deletion<DataRecord> deletion) {
    if (deletion.target().getBoolean("locked")) {
      throw new HookRejection("Locked posts cannot be deleted.");
    }
  }
}
