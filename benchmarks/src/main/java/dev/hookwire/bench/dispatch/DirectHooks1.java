package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.AdminCreateUserFilter;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.bench.hooks.n1.AfterAdminUserCreate1;
import dev.hookwire.bench.hooks.n1.AfterUserCreate1;
import dev.hookwire.bench.hooks.n1.BeforeUserCreate1;
import dev.hookwire.runtime.HookContext;

/**
 * Hand-written direct calls to the hooks of package {@code n1}, with the generated contract: the
 * code the generated {@code HookWiring} should cost no more than.
 */
public final class DirectHooks1 extends UserCreateHooks {
  private final BeforeUserCreate1 before1 = new BeforeUserCreate1();
  private final AfterUserCreate1 after1 = new AfterUserCreate1();
  private final AfterAdminUserCreate1 admin1 = new AfterAdminUserCreate1();
  private final AdminCreateUserFilter adminFilter = new AdminCreateUserFilter();

  @Override
  public User beforeUserCreate(User user, HookContext ctx) {
    User current = user;
    try {
      current = merge(current, before1.handle(current, ctx));
    } catch (RuntimeException e) {
      throw Failures.aborted("before-user-create", before1, e);
    }
    return current;
  }

  @Override
  public void afterUserCreate(User user, HookContext ctx) {
    try {
      after1.handle(user, ctx);
    } catch (RuntimeException e) {
      Failures.isolated("after-user-create", after1, e);
    }
    if (adminFilter.test(user, ctx)) {
      try {
        admin1.handle(user, ctx);
      } catch (RuntimeException e) {
        Failures.isolated("after-admin-user-create", admin1, e);
      }
    }
  }

  private static User merge(User current, UserPatch patch) {
    return patch == null ? current : patch.applyTo(current);
  }
}
