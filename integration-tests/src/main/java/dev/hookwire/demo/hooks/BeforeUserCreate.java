package dev.hookwire.demo.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.demo.Emails;
import dev.hookwire.demo.HookTrace;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRejection;

/**
 * Quickback's {@code before-user-create}: reject disposable email domains, trim the name. A
 * rejection aborts the sign-up before anything is written; the client gets this message (and the
 * host's listener records the rejection).
 */
public final class BeforeUserCreate {
  public UserPatch handle(User user, HookContext ctx) {
    if (Emails.isDisposable(user.email())) {
      throw new HookRejection("Disposable email addresses are not allowed.");
    }
    String name = user.name() == null ? null : user.name().strip();
    if (name == null || name.equals(user.name())) {
      HookTrace.of(ctx)
          .ran("before-user-create", BeforeUserCreate.class, "accepted, nothing to change");
      return null;
    }
    HookTrace.of(ctx)
        .ran("before-user-create", BeforeUserCreate.class, "trimmed the name to \"" + name + "\"");
    return UserPatch.of().name(name);
  }
}
