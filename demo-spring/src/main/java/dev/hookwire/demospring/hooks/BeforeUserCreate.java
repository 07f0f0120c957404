package dev.hookwire.demospring.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.demospring.DisposableDomains;
import dev.hookwire.demospring.HookTrace;
import dev.hookwire.runtime.HookRejection;
import java.util.Locale;

/**
 * Rejects disposable email domains before anything is stored (the sign-up answers 400 with this
 * message); stores the email in lower case, which the adapter makes the stored username.
 */
public final class BeforeUserCreate {
  private final DisposableDomains disposable;
  private final HookTrace trace;

  public BeforeUserCreate(DisposableDomains disposable, HookTrace trace) {
    this.disposable = disposable;
    this.trace = trace;
  }

  public UserPatch handle(User user) {
    if (disposable.isDisposable(user.email())) {
      String message = "Disposable email addresses are not allowed.";
      trace.ran("before-user-create", BeforeUserCreate.class, "rejected: " + message);
      throw new HookRejection(message);
    }
    String email = user.email() == null ? null : user.email().toLowerCase(Locale.ROOT);
    if (email == null || email.equals(user.email())) {
      trace.ran("before-user-create", BeforeUserCreate.class, "accepted, nothing to change");
      return null;
    }
    trace.ran("before-user-create", BeforeUserCreate.class, "stored the email as " + email);
    return UserPatch.of().email(email);
  }
}
