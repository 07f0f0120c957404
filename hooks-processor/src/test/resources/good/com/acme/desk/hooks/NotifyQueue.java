package com.acme.desk.hooks;

import com.acme.desk.Ticket;
import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Tags;

@Hook("after-ticket-open")
@Tags({"support", "sales"})
public final class NotifyQueue {
  public void handle(Ticket ticket) {}
}
