package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Tags;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.DataRecordPatch;

/** A user's password confirmation is never stored. */
@Tags("users")
public final class OnRecordBeforeUpdateRequest {
  public DataRecordPatch handle(DataRecord user) {
    return user.has("passwordConfirm") ? DataRecordPatch.of().unset("passwordConfirm") : null;
  }
}
