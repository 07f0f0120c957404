package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Tags;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.DataRecordPatch;
import dev.hookwire.runtime.HookContext;

/** A user's email is shown to that user only. */
@Tags("users")
public final class OnRecordViewRequest {
  public DataRecord handle(DataRecord user, HookContext ctx) {
    boolean self = ctx.metadata("auth").filter(user.id()::equals).isPresent();
    return self ? user : DataRecordPatch.of().unset("email").applyTo(user);
  }
}
