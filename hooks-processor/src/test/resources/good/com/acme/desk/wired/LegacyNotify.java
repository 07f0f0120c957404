package com.acme.desk.wired;

import com.acme.desk.Ticket;
import dev.hookwire.annotations.Disabled;
import dev.hookwire.annotations.Hook;
import java.util.concurrent.Executor;

@Hook("after-ticket-open")
@Disabled("replaced by AfterTicketOpen")
public final class LegacyNotify {
  public LegacyNotify(Executor executor) {}

  public void handle(Ticket ticket) {}
}
