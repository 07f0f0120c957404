package com.acme.desk;

import dev.hookwire.runtime.EventFilter;
import dev.hookwire.runtime.HookContext;

public final class UrgentFilter implements EventFilter<Ticket> {
  @Override
  public boolean test(Ticket ticket, HookContext ctx) {
    return ticket.priority() >= 9;
  }
}
