package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;

/**
 * The two events the dispatch benchmark fires, as every contender other than the generated wiring
 * (which implements {@code AuthHooks}) offers them to the host. The contract is the generated
 * one: {@code beforeUserCreate} returns the user merged with every hook's patch; {@code
 * afterUserCreate} runs the after-user-create hooks, then the after-admin-user-create hooks when
 * the path is {@code /admin/create-user}.
 */
public interface UserHooks {
  User beforeUserCreate(User user, HookContext ctx);

  void afterUserCreate(User user, HookContext ctx);
}
