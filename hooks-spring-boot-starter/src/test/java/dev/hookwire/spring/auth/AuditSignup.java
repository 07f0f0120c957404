package dev.hookwire.spring.auth;

import dev.hookwire.annotations.Async;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.spring.Calls;

/** Records the sign-up and its thread's name, on another thread, after sleeping {@link Calls#asyncDelayMillis()}. */
@Hook("after-user-create")
@Async
public final class AuditSignup {
  public void handle(User user) throws InterruptedException {
    Thread.sleep(Calls.asyncDelayMillis());
    Calls.record(
        AuditSignup.class, user.email() + " on " + Thread.currentThread().getName());
  }
}
