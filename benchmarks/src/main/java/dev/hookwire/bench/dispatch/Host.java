package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;

/**
 * The host's side of every dispatch: the one call an application makes at a lifecycle point,
 * through the catalog interface, as it would. Every benchmark goes through these methods so that
 * their call sites can be made megamorphic ({@link Pollution}) or left monomorphic.
 */
public final class Host {
  private Host() {}

  public static User beforeUserCreate(AuthHooks hooks, User user, HookContext ctx) {
    return hooks.beforeUserCreate(user, ctx);
  }

  public static void afterUserCreate(AuthHooks hooks, User user, HookContext ctx) {
    hooks.afterUserCreate(user, ctx);
  }
}
