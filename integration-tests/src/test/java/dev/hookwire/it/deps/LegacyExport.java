package dev.hookwire.it.deps;

import dev.hookwire.annotations.Disabled;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import java.util.concurrent.Executor;

/** Disabled: its Executor is never looked up. */
@Hook("after-user-create")
@Disabled("replaced by SendWelcome")
public final class LegacyExport {
  public LegacyExport(Executor executor) {
    throw new AssertionError("a @Disabled hook is never created");
  }

  public void handle(User user) {}
}
