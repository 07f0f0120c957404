package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.AdminCreateUserFilter;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.bench.hooks.n8.AfterAdminUserCreate1;
import dev.hookwire.bench.hooks.n8.AfterAdminUserCreate2;
import dev.hookwire.bench.hooks.n8.AfterAdminUserCreate3;
import dev.hookwire.bench.hooks.n8.AfterAdminUserCreate4;
import dev.hookwire.bench.hooks.n8.AfterAdminUserCreate5;
import dev.hookwire.bench.hooks.n8.AfterAdminUserCreate6;
import dev.hookwire.bench.hooks.n8.AfterAdminUserCreate7;
import dev.hookwire.bench.hooks.n8.AfterAdminUserCreate8;
import dev.hookwire.bench.hooks.n8.AfterUserCreate1;
import dev.hookwire.bench.hooks.n8.AfterUserCreate2;
import dev.hookwire.bench.hooks.n8.AfterUserCreate3;
import dev.hookwire.bench.hooks.n8.AfterUserCreate4;
import dev.hookwire.bench.hooks.n8.AfterUserCreate5;
import dev.hookwire.bench.hooks.n8.AfterUserCreate6;
import dev.hookwire.bench.hooks.n8.AfterUserCreate7;
import dev.hookwire.bench.hooks.n8.AfterUserCreate8;
import dev.hookwire.bench.hooks.n8.BeforeUserCreate1;
import dev.hookwire.bench.hooks.n8.BeforeUserCreate2;
import dev.hookwire.bench.hooks.n8.BeforeUserCreate3;
import dev.hookwire.bench.hooks.n8.BeforeUserCreate4;
import dev.hookwire.bench.hooks.n8.BeforeUserCreate5;
import dev.hookwire.bench.hooks.n8.BeforeUserCreate6;
import dev.hookwire.bench.hooks.n8.BeforeUserCreate7;
import dev.hookwire.bench.hooks.n8.BeforeUserCreate8;
import dev.hookwire.runtime.HookContext;

/**
 * Hand-written direct calls to the hooks of package {@code n8}, with the generated contract: the
 * code the generated {@code HookWiring} should cost no more than.
 */
public final class DirectHooks8 extends UserCreateHooks {
  private final BeforeUserCreate1 before1 = new BeforeUserCreate1();
  private final BeforeUserCreate2 before2 = new BeforeUserCreate2();
  private final BeforeUserCreate3 before3 = new BeforeUserCreate3();
  private final BeforeUserCreate4 before4 = new BeforeUserCreate4();
  private final BeforeUserCreate5 before5 = new BeforeUserCreate5();
  private final BeforeUserCreate6 before6 = new BeforeUserCreate6();
  private final BeforeUserCreate7 before7 = new BeforeUserCreate7();
  private final BeforeUserCreate8 before8 = new BeforeUserCreate8();
  private final AfterUserCreate1 after1 = new AfterUserCreate1();
  private final AfterUserCreate2 after2 = new AfterUserCreate2();
  private final AfterUserCreate3 after3 = new AfterUserCreate3();
  private final AfterUserCreate4 after4 = new AfterUserCreate4();
  private final AfterUserCreate5 after5 = new AfterUserCreate5();
  private final AfterUserCreate6 after6 = new AfterUserCreate6();
  private final AfterUserCreate7 after7 = new AfterUserCreate7();
  private final AfterUserCreate8 after8 = new AfterUserCreate8();
  private final AfterAdminUserCreate1 admin1 = new AfterAdminUserCreate1();
  private final AfterAdminUserCreate2 admin2 = new AfterAdminUserCreate2();
  private final AfterAdminUserCreate3 admin3 = new AfterAdminUserCreate3();
  private final AfterAdminUserCreate4 admin4 = new AfterAdminUserCreate4();
  private final AfterAdminUserCreate5 admin5 = new AfterAdminUserCreate5();
  private final AfterAdminUserCreate6 admin6 = new AfterAdminUserCreate6();
  private final AfterAdminUserCreate7 admin7 = new AfterAdminUserCreate7();
  private final AfterAdminUserCreate8 admin8 = new AfterAdminUserCreate8();
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
    try {
      current = merge(current, before4.handle(current, ctx));
    } catch (RuntimeException e) {
      throw Failures.aborted("before-user-create", before4, e);
    }
    try {
      current = merge(current, before5.handle(current, ctx));
    } catch (RuntimeException e) {
      throw Failures.aborted("before-user-create", before5, e);
    }
    try {
      current = merge(current, before6.handle(current, ctx));
    } catch (RuntimeException e) {
      throw Failures.aborted("before-user-create", before6, e);
    }
    try {
      current = merge(current, before7.handle(current, ctx));
    } catch (RuntimeException e) {
      throw Failures.aborted("before-user-create", before7, e);
    }
    try {
      current = merge(current, before8.handle(current, ctx));
    } catch (RuntimeException e) {
      throw Failures.aborted("before-user-create", before8, e);
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
    try {
      after4.handle(user, ctx);
    } catch (RuntimeException e) {
      Failures.isolated("after-user-create", after4, e);
    }
    try {
      after5.handle(user, ctx);
    } catch (RuntimeException e) {
      Failures.isolated("after-user-create", after5, e);
    }
    try {
      after6.handle(user, ctx);
    } catch (RuntimeException e) {
      Failures.isolated("after-user-create", after6, e);
    }
    try {
      after7.handle(user, ctx);
    } catch (RuntimeException e) {
      Failures.isolated("after-user-create", after7, e);
    }
    try {
      after8.handle(user, ctx);
    } catch (RuntimeException e) {
      Failures.isolated("after-user-create", after8, e);
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
      try {
        admin4.handle(user, ctx);
      } catch (RuntimeException e) {
        Failures.isolated("after-admin-user-create", admin4, e);
      }
      try {
        admin5.handle(user, ctx);
      } catch (RuntimeException e) {
        Failures.isolated("after-admin-user-create", admin5, e);
      }
      try {
        admin6.handle(user, ctx);
      } catch (RuntimeException e) {
        Failures.isolated("after-admin-user-create", admin6, e);
      }
      try {
        admin7.handle(user, ctx);
      } catch (RuntimeException e) {
        Failures.isolated("after-admin-user-create", admin7, e);
      }
      try {
        admin8.handle(user, ctx);
      } catch (RuntimeException e) {
        Failures.isolated("after-admin-user-create", admin8, e);
      }
    }
  }

  private static User merge(User current, UserPatch patch) {
    return patch == null ? current : patch.applyTo(current);
  }
}
