package dev.hookwire.demospring.hooks;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Version;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.demospring.DisposableDomains;
import dev.hookwire.demospring.HookTrace;

/**
 * Version 2 of the sign-up gate, shipped dark: what version 1 does, and it also rejects
 * sub-addressed emails ({@code ada+promo@example.com}), a common way to sign up many times with one
 * mailbox. Deploy it from the console ({@code /hookwire/}); roll back to version 1 there too.
 */
@Hook("before-user-create")
@Version(value = "2", of = "BeforeUserCreate")
public final class BeforeUserCreateStrict {
  private final DisposableDomains disposable;
  private final HookTrace trace;

  public BeforeUserCreateStrict(DisposableDomains disposable, HookTrace trace) {
    this.disposable = disposable;
    this.trace = trace;
  }

  public UserPatch handle(User user) {
    Class<?> self = BeforeUserCreateStrict.class;
    if (disposable.isDisposable(user.email())) {
      BeforeUserCreate.reject(trace, self, "Disposable email addresses are not allowed.");
    }
    String email = user.email() == null ? "" : user.email();
    if (email.indexOf('+') >= 0 && email.indexOf('+') < email.lastIndexOf('@')) {
      BeforeUserCreate.reject(trace, self, "Sub-addressed emails (name+tag@) are not allowed.");
    }
    return BeforeUserCreate.lowerCase(user, trace, self);
  }
}
