package com.acme.desk.hooks;

import dev.hookwire.annotations.*;

@Tags("support") // error: @Tags on hook AfterTicketOpen: event 'after-ticket-open' carries no tag
public final class AfterTicketOpen { public void handle(String t) {} }
