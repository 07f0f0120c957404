package com.acme.desk;

import dev.hookwire.annotations.AfterEvent;
import dev.hookwire.annotations.BeforeEvent;
import dev.hookwire.annotations.EventCatalog;
import dev.hookwire.annotations.Tagged;
import dev.hookwire.annotations.Timeout;
import dev.hookwire.annotations.TransformEvent;
import dev.hookwire.annotations.VirtualEvent;
import dev.hookwire.runtime.HookContext;
import java.util.concurrent.TimeUnit;

@EventCatalog
public interface DeskHooks {
  @BeforeEvent
  @Tagged
  @VirtualEvent(name = "before-urgent-ticket-open", filter = UrgentFilter.class)
  Ticket beforeTicketOpen(Ticket ticket, HookContext ctx);

  @AfterEvent
  @Tagged
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void afterTicketOpen(Ticket ticket, HookContext ctx);

  @TransformEvent
  Ticket transformTicketView(Ticket ticket, HookContext ctx);
}
