package dev.hookwire.bench.support;

import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.runtime.HookContext;

/** The hand-written loop's interface for before-hooks: {@code null} or a patch to merge. */
public interface BeforeUserHook {
  UserPatch handle(User user, HookContext ctx);
}
