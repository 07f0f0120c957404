package dev.hookwire.console.it.hooks;

import dev.hookwire.annotations.Async;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.console.it.Journal;

/** An async audit of each sign-up, in the journal it gets as a dependency. */
@Hook("after-user-create")
@Async
public final class AuditSignup {
  private final Journal journal;

  public AuditSignup(Journal journal) {
    this.journal = journal;
  }

  public void handle(User user) {
    journal.add("audited " + user.email());
  }
}
