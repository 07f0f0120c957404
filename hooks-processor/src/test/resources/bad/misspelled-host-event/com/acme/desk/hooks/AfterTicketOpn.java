package com.acme.desk.hooks;

import dev.hookwire.annotations.*;

public final class AfterTicketOpn { public void handle(String t) {} } // error: Unknown hook event 'after-ticket-opn' (class AfterTicketOpn). Did you mean AfterTicketOpen (after-ticket-open)? Known events: after-ticket-open, before-ticket-open, transform-ticket-view.
