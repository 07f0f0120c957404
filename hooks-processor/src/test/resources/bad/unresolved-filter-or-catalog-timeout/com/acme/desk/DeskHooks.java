package com.acme.desk;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.HookContext;

@EventCatalog
public interface DeskHooks {
  @AfterEvent @VirtualEvent(name = "after-urgent-ticket-open", filter = Missing.class) // error[javac]: cannot find symbol // error[ecj]: Missing cannot be resolved to a type
  void afterTicketOpen(String ticket, HookContext ctx);
  @AfterEvent @Timeout(MISSING) // error[javac]: cannot find symbol // error[ecj]: MISSING cannot be resolved to a variable
  void afterTicketClose(String ticket, HookContext ctx);
}
