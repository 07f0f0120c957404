package dev.hookwire.console.it.other;

import dev.hookwire.auth.User;
import dev.hookwire.console.it.Journal;

/** Tells the journal which package's hook ran. */
public final class AfterUserCreate {
  private final Journal journal;

  public AfterUserCreate(Journal journal) {
    this.journal = journal;
  }

  public void handle(User user) {
    journal.add("other package saw " + user.email());
  }
}
