package com.acme.desk.wired;

import com.acme.desk.Ticket;
import java.time.Clock;

public final class BeforeTicketOpen {
  private final Clock clock;

  public BeforeTicketOpen(Clock clock) {
    this.clock = clock;
  }

  public void handle(Ticket ticket) {
    clock.millis();
  }
}
