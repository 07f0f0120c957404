package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Tags;
import dev.hookwire.it.pocketbase.catalog.RecordPage;

/** Drafts never leave the server in a list of posts. */
@Tags("posts")
public final class OnRecordsListRequest {
  public RecordPage handle(RecordPage page) {
    var published =
        page.items().stream().filter(post -> !post.getBoolean("draft")).toList();
    int hidden = page.items().size() - published.size();
    return new RecordPage(
        page.collection(), page.page(), page.perPage(), page.totalItems() - hidden, published);
  }
}
