package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.AdminCreateUserFilter;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.bench.hooks.n3.AfterAdminUserCreate1;
import dev.hookwire.bench.hooks.n3.AfterAdminUserCreate2;
import dev.hookwire.bench.hooks.n3.AfterAdminUserCreate3;
import dev.hookwire.bench.hooks.n3.AfterUserCreate1;
import dev.hookwire.bench.hooks.n3.AfterUserCreate2;
import dev.hookwire.bench.hooks.n3.AfterUserCreate3;
import dev.hookwire.bench.hooks.n3.BeforeUserCreate1;
import dev.hookwire.bench.hooks.n3.BeforeUserCreate2;
import dev.hookwire.bench.hooks.n3.BeforeUserCreate3;
import dev.hookwire.runtime.HookContext;

/**
 * Hand-written direct calls to the hooks of package {@code n3}, with the generated contract: the
 * code the generated {@code HookWiring} should cost no more than.
 */
public final class DirectHooks3 extends UserCreateHooks {
  private final BeforeUserCreate1 before1 = new BeforeUserCreate1();
  private final BeforeUserCreate2 before2 = new BeforeUserCreate2();
  private final BeforeUserCreate3 before3 = new BeforeUserCreate3();
  private final AfterUserCreate1 after1 = new AfterUserCreate1();
  private final AfterUserCreate2 after2 = new AfterUserCreate2();
  private final AfterUserCreate3 after3 = new AfterUserCreate3();
  private final AfterAdminUserCreate1 admin1 = new AfterAdminUserCreate1();
  private final AfterAdminUserCreate2 admin2 = new AfterAdminUserCreate2();
  private final AfterAdminUserCreate3 admin3 = new AfterAdminUserCreate3();
  private final AdminCreateUserFilter adminFilter = new AdminCreateUserFilter();

  @Override
  public User beforeUserCreate(User user, HookContext ctx) {
    User current = user;
    try {
      current = merge(current, before1.handle(current, ctx));
    } catch (RuntimeException e) {
      throw Failures.aborted("before-user-create", before1, e);
    }
    try {
      current = merge(current, before2.handle(current, ctx));
    } catch (RuntimeException e) {
      throw Failures.aborted("before-user-create", before2, e);
    }
    try {
      current = merge(current, before3.handle(current, ctx));
    } catch (RuntimeException e) {
      throw Failures.aborted("before-user-create", before3, e);
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
    try {
      after2.handle(user, ctx);
    } catch (RuntimeException e) {
      Failures.isolated("after-user-create", after2, e);
    }
    try {
      after3.handle(user, ctx);
    } catch (RuntimeException e) {
      Failures.isolated("after-user-create", after3, e);
    }
    if (adminFilter.test(user, ctx)) {
      try {
        admin1.handle(user, ctx);
      } catch (RuntimeException e) {
        Failures.isolated("after-admin-user-create", admin1, e);
      }
      try {
        admin2.handle(user, ctx);
      } catch (RuntimeException e) {
        Failures.isolated("after-admin-user-create", admin2, e);
      }
      try {
        admin3.handle(user, ctx);
      } catch (RuntimeException e) {
        Failures.isolated("after-admin-user-create", admin3, e);
      }
    }
  }

  private static User merge(User current, UserPatch patch) {
    return patch == null ? current : patch.applyTo(current);
  }
}
