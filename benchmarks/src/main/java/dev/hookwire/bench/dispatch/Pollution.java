package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;
import java.util.List;

/**
 * Makes call sites megamorphic before a {@code mega} run measures: drives {@link Host} and the
 * contenders with several implementations and every hooks package until the JIT has compiled
 * them with that type profile. (HotSpot profiles a call site per method, not per caller; the
 * profile a method has when C2 compiles it is the one C2 keeps, also where it inlines the method.)
 *
 * <p>A microbenchmark that only ever shows one type to a call site flatters whatever depends on
 * inlining through an interface or reflection; an application has many events, hooks and
 * implementations going through the same code. The {@code mono} runs skip this.
 */
public final class Pollution {
  /** Enough calls that the methods involved reach C2 with this profile (several times its thresholds). */
  private static final int ROUNDS = 20_000;

  private Pollution() {}

  /** Drives each contender through {@link Host}: every event, both paths of the filter. */
  public static void drive(List<? extends AuthHooks> contenders) {
    User user = Samples.user();
    HookContext signUp = Samples.signUp();
    HookContext admin = Samples.admin();
    for (int round = 0; round < ROUNDS; round++) {
      for (AuthHooks hooks : contenders) {
        Host.beforeUserCreate(hooks, user, signUp);
        Host.afterUserCreate(hooks, user, signUp);
        Host.afterUserCreate(hooks, user, admin);
      }
    }
  }
}
