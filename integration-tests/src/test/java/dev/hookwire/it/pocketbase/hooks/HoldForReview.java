package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.annotations.Tags;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.DataRecordPatch;

/** Comments wait for review, unless an earlier hook stopped the chain. */
@Hook("on-record-before-create-request")
@Order(10)
@Tags("comments")
public final class HoldForReview {
  public DataRecordPatch handle(DataRecord comment) {
    return DataRecordPatch.of().set("status", "pending");
  }
}
