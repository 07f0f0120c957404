package com.acme.cms.hooks;

import dev.hookwire.annotations.Tags;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.DataRecordPatch;

@Tags("users")
public final class TransformRecordView {
  public DataRecord handle(DataRecord user) {
    return DataRecordPatch.of().unset("email").applyTo(user);
  }
}
