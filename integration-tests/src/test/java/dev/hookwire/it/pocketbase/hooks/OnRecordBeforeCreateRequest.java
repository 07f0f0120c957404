package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Tags;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.DataRecordPatch;
import dev.hookwire.runtime.HookRejection;
import java.util.Locale;

/** A post needs a title, and gets a slug made from it. */
@Tags("posts")
public final class OnRecordBeforeCreateRequest {
  public DataRecordPatch handle(DataRecord post) {
    String title = post.getString("title");
    if (title == null || title.isBlank()) {
      throw new HookRejection("A post needs a title.");
    }
    return DataRecordPatch.of()
        .set("slug", title.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
  }
}
