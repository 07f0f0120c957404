package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.AdminCreateUserFilter;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.bench.support.AfterUserHook;
import dev.hookwire.bench.support.BeforeUserHook;
import dev.hookwire.runtime.HookContext;

/**
 * The dispatch a person writes by hand: arrays of hooks behind an interface, one loop per event,
 * the same failure contract as the generated code. Each loop's {@code hook.handle} call site sees
 * every hook class of its event: monomorphic with one hook, megamorphic from three.
 */
public final class LoopHooks extends UserCreateHooks {
  private final BeforeUserHook[] before;
  private final AfterUserHook[] after;
  private final AfterUserHook[] admin;
  private final AdminCreateUserFilter adminFilter = new AdminCreateUserFilter();

  public LoopHooks(HookSet hooks) {
    this.before = hooks.before().toArray(BeforeUserHook[]::new);
    this.after = hooks.after().toArray(AfterUserHook[]::new);
    this.admin = hooks.admin().toArray(AfterUserHook[]::new);
  }

  @Override
  public User beforeUserCreate(User user, HookContext ctx) {
    User current = user;
    for (BeforeUserHook hook : before) {
      UserPatch patch;
      try {
        patch = hook.handle(current, ctx);
      } catch (RuntimeException e) {
        throw Failures.aborted("before-user-create", hook, e);
      }
      if (patch != null) {
        current = patch.applyTo(current);
      }
    }
    return current;
  }

  @Override
  public void afterUserCreate(User user, HookContext ctx) {
    for (AfterUserHook hook : after) {
      try {
        hook.handle(user, ctx);
      } catch (RuntimeException e) {
        Failures.isolated("after-user-create", hook, e);
      }
    }
    if (adminFilter.test(user, ctx)) {
      for (AfterUserHook hook : admin) {
        try {
          hook.handle(user, ctx);
        } catch (RuntimeException e) {
          Failures.isolated("after-admin-user-create", hook, e);
        }
      }
    }
  }
}
