package dev.hookwire.bench.support;

import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;

/**
 * What a person writing the dispatch by hand would give their after-hooks, so that a loop can call
 * them. Hookwire itself needs no interface: the generated wiring calls each class directly.
 */
public interface AfterUserHook {
  void handle(User user, HookContext ctx);
}
