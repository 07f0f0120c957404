package dev.hookwire.it.deps;

import dev.hookwire.auth.User;
import dev.hookwire.it.support.Ledger;

/** Writes the new user to the ledger. */
public final class AfterUserCreate {
  private final Ledger ledger;

  public AfterUserCreate(Ledger ledger) {
    this.ledger = ledger;
    ledger.write("created AfterUserCreate");
  }

  public void handle(User user) {
    ledger.write("user " + user.id());
  }
}
