package com.acme.desk.wired;

import com.acme.desk.Ticket;

public final class TransformTicketView {
  public Ticket handle(Ticket ticket) {
    return ticket;
  }
}
