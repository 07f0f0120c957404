package com.acme.desk.hooks;

import com.acme.desk.Ticket;
import dev.hookwire.annotations.Async;
import dev.hookwire.runtime.HookContext;

@Async
public final class AfterTicketOpen {
  public void handle(Ticket ticket, HookContext ctx) {}
}
