package com.acme.desk.hooks;

import dev.hookwire.annotations.*;

@Tags({}) // error: @Tags on hook BeforeTicketOpen names no tag. List at least one, or remove @Tags to run for every tag.
public final class BeforeTicketOpen { public void handle(String t) {} }
