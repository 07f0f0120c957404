package dev.hookwire.bench.hooks.deps3;

import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.bench.support.Accumulator;
import dev.hookwire.runtime.HookContext;

/** {@code after-admin-user-create} hook 3 of 3, doing its work through its constructor dependency. */
@Hook("after-admin-user-create")
public final class AfterAdminUserCreate3 {
  private final Accumulator accumulator;

  public AfterAdminUserCreate3(Accumulator accumulator) {
    this.accumulator = accumulator;
  }

  public void handle(User user, HookContext ctx) {
    accumulator.after(user, 103);
  }
}
