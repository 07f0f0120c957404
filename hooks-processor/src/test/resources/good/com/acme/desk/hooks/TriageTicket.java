package com.acme.desk.hooks;

import com.acme.desk.Ticket;
import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.annotations.Timeout;

@Hook("before-ticket-open")
@Order(5)
@Timeout(100)
public final class TriageTicket {
  public void handle(Ticket ticket) throws InterruptedException {
    Thread.sleep(1);
  }
}
