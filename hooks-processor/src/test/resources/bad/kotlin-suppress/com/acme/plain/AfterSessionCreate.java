package com.acme.plain;

/** Another name suppresses nothing of Hookwire's. */
@kotlin.Suppress(names = {"unused", "hookwires"})
public final class AfterSessionCreate { public void handle(dev.hookwire.auth.Session s) {} } // warning: Class AfterSessionCreate is named after the event 'after-session-create' and has a handle method, but package com.acme.plain is not a hooks package
