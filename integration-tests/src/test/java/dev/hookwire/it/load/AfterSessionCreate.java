package dev.hookwire.it.load;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.Session;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.LoadCounters;
import dev.hookwire.runtime.HookContext;

/**
 * Re-enters the dispatcher: for a session whose id ends in 3 it fires after-user-create for a
 * user of its own (the wiring is in the context); for one ending in 9 it throws an unchecked
 * exception.
 */
public final class AfterSessionCreate {
  public void handle(Session session, HookContext ctx) {
    LoadCounters counters = ctx.service(LoadCounters.class);
    counters.sessionCalls.increment();
    if (session.id().endsWith("3")) {
      counters.reentries.increment();
      ctx.service(AuthHooks.class)
          .afterUserCreate(
              new User("r" + session.id(), "R", "r@x.test", false, null, null, null), ctx);
    } else if (session.id().endsWith("9")) {
      counters.sessionThrows.increment();
      throw new IllegalStateException("no organization for " + session.id());
    }
  }
}
