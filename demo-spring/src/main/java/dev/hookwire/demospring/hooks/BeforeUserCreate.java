package dev.hookwire.demospring.hooks;

import dev.hookwire.annotations.Version;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.demospring.DisposableDomains;
import dev.hookwire.demospring.HookTrace;
import dev.hookwire.runtime.HookRejection;
import java.util.Locale;

/**
 * Version 1 of the sign-up gate, live: rejects disposable email domains before anything is stored
 * (the sign-up answers 400 with this message); stores the email in lower case, which the adapter
 * makes the stored username. Version 2 is {@link BeforeUserCreateStrict}.
 */
@Version(value = "1", live = true)
public final class BeforeUserCreate {
  private final DisposableDomains disposable;
  private final HookTrace trace;

  public BeforeUserCreate(DisposableDomains disposable, HookTrace trace) {
    this.disposable = disposable;
    this.trace = trace;
  }

  public UserPatch handle(User user) {
    if (disposable.isDisposable(user.email())) {
      reject(trace, BeforeUserCreate.class, "Disposable email addresses are not allowed.");
    }
    return lowerCase(user, trace, BeforeUserCreate.class);
  }

  /** Refuses the sign-up with {@code message}, which the user sees, and traces it. */
  static void reject(HookTrace trace, Class<?> hook, String message) {
    trace.ran("before-user-create", hook, "rejected: " + message);
    throw new HookRejection(message);
  }

  /** The patch that stores the email in lower case, or null when it is already. */
  static UserPatch lowerCase(User user, HookTrace trace, Class<?> hook) {
    String email = user.email() == null ? null : user.email().toLowerCase(Locale.ROOT);
    if (email == null || email.equals(user.email())) {
      trace.ran("before-user-create", hook, "accepted, nothing to change");
      return null;
    }
    trace.ran("before-user-create", hook, "stored the email as " + email);
    return UserPatch.of().email(email);
  }
}
