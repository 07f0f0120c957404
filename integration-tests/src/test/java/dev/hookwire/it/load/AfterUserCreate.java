package dev.hookwire.it.load;

import dev.hookwire.auth.User;
import dev.hookwire.it.support.LoadCounters;
import dev.hookwire.runtime.HookContext;
import java.sql.SQLException;

/** Fails with a checked exception for every user whose id ends in 7: one in ten. */
public final class AfterUserCreate {
  public void handle(User user, HookContext ctx) throws SQLException {
    LoadCounters counters = ctx.service(LoadCounters.class);
    counters.afterCalls.increment();
    if (user.id().endsWith("7")) {
      counters.afterThrows.increment();
      throw new SQLException("provisioning failed for " + user.id());
    }
  }
}
