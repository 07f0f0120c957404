package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.Journal;
import dev.hookwire.it.pocketbase.catalog.BootstrapEvent;
import dev.hookwire.runtime.HookContext;

/** Startup is journaled. */
public final class OnAfterBootstrap {
  public void handle(BootstrapEvent app, HookContext ctx) {
    ctx.service(Journal.class).add("bootstrapped " + app.dataDir());
  }
}
