package com.acme.desk.hooks;

import dev.hookwire.annotations.*;

@Tags({"support", ""}) // error: @Tags on hook BeforeTicketOpen has a blank tag. Every tag must have a name.
public final class BeforeTicketOpen { public void handle(String t) {} }
