package com.acme.desk.hooks;

import com.acme.desk.Ticket;
import dev.hookwire.annotations.Timeout;

@Timeout(50)
public final class TransformTicketView {
  public Ticket handle(Ticket ticket) {
    return new Ticket(ticket.id(), ticket.title().toUpperCase(java.util.Locale.ROOT), ticket.priority(), ticket.queue());
  }
}
