package dev.hookwire.it.deps;

import dev.hookwire.auth.User;
import dev.hookwire.it.support.Ledger;
import java.time.Clock;

/** Records each sign-up attempt with the time of the injected clock. */
public final class BeforeUserCreate {
  private final Clock clock;
  private final Ledger ledger;

  public BeforeUserCreate(Clock clock, Ledger ledger) {
    this.clock = clock;
    this.ledger = ledger;
    ledger.write("created BeforeUserCreate");
  }

  public void handle(User user) {
    ledger.write("attempt " + user.email() + " at " + clock.instant());
  }
}
