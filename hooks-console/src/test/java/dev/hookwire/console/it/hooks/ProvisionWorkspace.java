package dev.hookwire.console.it.hooks;

import dev.hookwire.annotations.Durable;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.console.it.Journal;

/** A durable hook: recorded with the sign-up, delivered after commit; never run by a dispatch. */
@Hook("after-user-create")
@Durable
public final class ProvisionWorkspace {
  private final Journal journal;

  public ProvisionWorkspace(Journal journal) {
    this.journal = journal;
  }

  public void handle(User user) {
    journal.add("provisioned " + user.email());
  }
}
