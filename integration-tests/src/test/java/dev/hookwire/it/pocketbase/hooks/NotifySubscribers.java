package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.annotations.Tags;
import dev.hookwire.it.pocketbase.Journal;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.HookContext;

/** A new post is announced, after it is indexed. */
@Hook("on-record-after-create-request")
@Order(2)
@Tags("posts")
public final class NotifySubscribers {
  public void handle(DataRecord post, HookContext ctx) {
    ctx.service(Journal.class).add("notify " + post.getString("slug"));
  }
}
