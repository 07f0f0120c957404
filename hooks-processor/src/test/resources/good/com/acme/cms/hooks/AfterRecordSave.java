package com.acme.cms.hooks;

import dev.hookwire.annotations.Tags;
import dev.hookwire.runtime.DataRecord;

@Tags({"posts", "pages"})
public final class AfterRecordSave {
  public void handle(DataRecord record) {}
}
