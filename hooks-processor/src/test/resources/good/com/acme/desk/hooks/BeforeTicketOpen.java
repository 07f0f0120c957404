package com.acme.desk.hooks;

import com.acme.desk.Ticket;
import com.acme.desk.TicketPatch;
import dev.hookwire.annotations.Tags;
import dev.hookwire.runtime.HookContext;

@Tags("support")
public final class BeforeTicketOpen {
  public TicketPatch handle(Ticket ticket, HookContext ctx) {
    TicketPatch patch = TicketPatch.of().title(ticket.title().strip());
    return ticket.title().isBlank() ? patch.stopChain() : patch;
  }
}
