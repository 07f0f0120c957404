package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.annotations.Tags;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.DataRecordPatch;
import dev.hookwire.runtime.HookRejection;

/**
 * Comments with ads are denied; a moderator's comment is approved at once and skips the review
 * queue (PocketBase's StopPropagation). It sees the author {@link StampAuthor} set before it.
 */
@Hook("on-record-before-create-request")
@Order(5)
@Tags("comments")
public final class ScreenComment {
  public DataRecordPatch handle(DataRecord comment) {
    String body = String.valueOf(comment.get("body"));
    if (body.toLowerCase(java.util.Locale.ROOT).contains("buy now")) {
      throw new HookRejection("Comments with ads are not allowed.");
    }
    if ("moderator".equals(comment.getString("author"))) {
      return DataRecordPatch.of().set("status", "approved").stopChain();
    }
    return null;
  }
}
