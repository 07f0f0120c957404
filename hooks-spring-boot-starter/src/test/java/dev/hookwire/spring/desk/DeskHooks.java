package dev.hookwire.spring.desk;

import dev.hookwire.annotations.AfterEvent;
import dev.hookwire.annotations.EventCatalog;
import dev.hookwire.runtime.HookContext;

/** A second catalog, wired by {@code dev.hookwire.spring.desk.hooks}. */
@EventCatalog
public interface DeskHooks {
  @AfterEvent
  void afterTicketOpen(Ticket ticket, HookContext ctx);
}
