package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.HookContext;

@EventCatalog
public interface DeskHooks {
  @BeforeEvent @Tagged String beforeTicketOpen(String ticket, HookContext ctx);
  @AfterEvent void afterTicketOpen(String ticket, HookContext ctx);
  @TransformEvent String transformTicketView(String ticket, HookContext ctx);
}
