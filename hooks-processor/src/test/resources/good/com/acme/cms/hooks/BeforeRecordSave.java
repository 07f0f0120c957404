package com.acme.cms.hooks;

import dev.hookwire.annotations.Tags;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.DataRecordPatch;

@Tags("posts")
public final class BeforeRecordSave {
  public DataRecordPatch handle(DataRecord post) {
    String title = post.getString("title");
    DataRecordPatch patch = DataRecordPatch.of().set("slug", title == null ? null : title.strip().toLowerCase(java.util.Locale.ROOT));
    return post.getBoolean("imported") ? patch.stopChain() : patch;
  }
}
