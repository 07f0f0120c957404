package dev.hookwire.spring.desk.hooks;

import dev.hookwire.spring.Calls;
import dev.hookwire.spring.desk.Ticket;

/** Records the ticket. */
public final class AfterTicketOpen {
  public void handle(Ticket ticket) {
    Calls.record(AfterTicketOpen.class, ticket.id());
  }
}
