package dev.hookwire.bench.hooks.deps3;

import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.bench.support.Accumulator;
import dev.hookwire.runtime.HookContext;

/** {@code before-user-create} hook 1 of 3: returns a patch built through its dependency. */
@Hook("before-user-create")
public final class BeforeUserCreate1 {
  private final Accumulator accumulator;

  public BeforeUserCreate1(Accumulator accumulator) {
    this.accumulator = accumulator;
  }

  public UserPatch handle(User user, HookContext ctx) {
    return accumulator.patch(user);
  }
}
