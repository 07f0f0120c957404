package com.acme.desk.wired;

import com.acme.desk.Mailer;
import com.acme.desk.Ticket;
import java.time.Clock;

public final class AfterTicketOpen {
  private final Mailer mailer;

  public AfterTicketOpen(Mailer mailer, Clock clock) {
    this.mailer = mailer;
  }

  public void handle(Ticket ticket) {
    mailer.send("desk", "opened");
  }
}
