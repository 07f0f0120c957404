package com.acme.desk.hooks;

import com.acme.desk.Ticket;
import com.acme.desk.TicketPatch;

public final class BeforeUrgentTicketOpen {
  public TicketPatch handle(Ticket ticket) {
    return TicketPatch.of().queue("urgent");
  }
}
