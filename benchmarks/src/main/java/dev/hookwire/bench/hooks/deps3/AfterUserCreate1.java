package dev.hookwire.bench.hooks.deps3;

import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.bench.support.Accumulator;
import dev.hookwire.runtime.HookContext;

/** {@code after-user-create} hook 1 of 3, doing its work through its constructor dependency. */
@Hook("after-user-create")
public final class AfterUserCreate1 {
  private final Accumulator accumulator;

  public AfterUserCreate1(Accumulator accumulator) {
    this.accumulator = accumulator;
  }

  public void handle(User user, HookContext ctx) {
    accumulator.after(user, 1);
  }
}
