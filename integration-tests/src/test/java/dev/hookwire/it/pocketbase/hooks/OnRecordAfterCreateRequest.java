package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Order;
import dev.hookwire.annotations.Tags;
import dev.hookwire.it.pocketbase.Journal;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.HookContext;

/** Posts and comments go to the search index once stored. */
@Tags({"posts", "comments"})
@Order(1)
public final class OnRecordAfterCreateRequest {
  public void handle(DataRecord record, HookContext ctx) {
    ctx.service(Journal.class).add("index " + record.collection() + "/" + record.id());
  }
}
