package dev.hookwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.bench.dispatch.BenchEventBusIndex;
import dev.hookwire.bench.dispatch.Contenders;
import dev.hookwire.bench.dispatch.HookSet;
import dev.hookwire.bench.dispatch.Samples;
import dev.hookwire.bench.dispatch.SpringHost;
import dev.hookwire.bench.dispatch.UserHooks;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.runtime.HookContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dispatch benchmark compares like with like: every contender runs the same hooks, in the
 * same order, with the same result. Not a benchmark; it runs in {@code mvn verify}.
 */
class DispatchEquivalenceTest {
  private final User user = Samples.user();
  private final HookContext signUp = Samples.signUp();
  private final HookContext admin = Samples.admin();

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 8})
  void everyContenderRunsTheSameHooksInTheSameOrder(int n) {
    AuthHooks wiring = Contenders.wiring(n);
    try (SpringHost spring = Contenders.spring(n)) {
      Map<String, UserHooks> others = new LinkedHashMap<>();
      others.put("direct", Contenders.direct(n));
      others.put("loop", Contenders.loop(n));
      others.put("guava", Contenders.guava(n));
      others.put("greenrobot", Contenders.greenrobot(n));
      others.put("spring", spring);

      long after = expectedAfter(n, 0, 0);
      long virtual = expectedAfter(n, 100, after);
      assertEquals(after, run(() -> wiring.afterUserCreate(user, signUp)), "wiring, after");
      assertEquals(virtual, run(() -> wiring.afterUserCreate(user, admin)), "wiring, virtual");
      User merged = wiring.beforeUserCreate(user, signUp);
      assertEquals(n % 2 == 1, merged.emailVerified(), "every before-hook's patch is merged, in turn");

      others.forEach((name, hooks) -> {
        assertEquals(after, run(() -> hooks.afterUserCreate(user, signUp)), name + ", after");
        assertEquals(virtual, run(() -> hooks.afterUserCreate(user, admin)), name + ", virtual");
        assertEquals(merged, hooks.beforeUserCreate(user, signUp), name + ", before");
      });
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 8})
  void greenrobotFindsEveryHookInItsGeneratedIndex(int n) {
    BenchEventBusIndex index = new BenchEventBusIndex();
    for (Object hook : HookSet.of(n).all()) {
      assertNotNull(index.getSubscriberInfo(hook.getClass()), hook.getClass().getName());
    }
  }

  /** {@link Sink#acc} after hooks {@code offset + 1 .. offset + n} ran in order, starting from {@code start}. */
  private long expectedAfter(int n, int offset, long start) {
    long acc = start;
    for (int k = 1; k <= n; k++) {
      acc = acc * 31 + offset + k + user.email().length();
    }
    return acc;
  }

  private static long run(Runnable dispatch) {
    Sink.acc = 0;
    dispatch.run();
    return Sink.acc;
  }
}
