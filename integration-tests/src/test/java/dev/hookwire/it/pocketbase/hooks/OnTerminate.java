package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.Journal;
import dev.hookwire.it.pocketbase.catalog.TerminateEvent;
import dev.hookwire.runtime.HookContext;

/** Shutdown is journaled; the catalog gives it 5 s at most. */
public final class OnTerminate {
  public void handle(TerminateEvent app, HookContext ctx) {
    ctx.service(Journal.class).add(app.restart() ? "restarting" : "terminated");
  }
}
