package dev.hookwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.bench.dispatch.BenchEventBusIndex;
import dev.hookwire.bench.dispatch.Contenders;
import dev.hookwire.bench.dispatch.HookSet;
import dev.hookwire.bench.dispatch.Host;
import dev.hookwire.bench.dispatch.Pollution;
import dev.hookwire.bench.dispatch.Samples;
import dev.hookwire.bench.dispatch.SpringHost;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.runtime.HookContext;
import java.util.List;
import org.junit.jupiter.api.Test;
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
  void everyContenderRunsTheSameHooksInTheSameOrder(int n) throws Exception {
    long after = expectedAfter(n, 0, 0);
    long virtual = expectedAfter(n, 100, after);
    User merged = Contenders.wiring(n).beforeUserCreate(user, signUp);
    assertEquals(
        n % 2 == 1, merged.emailVerified(), "every before-hook's patch is merged, in turn");
    for (String name : Contenders.NAMES) {
      AuthHooks hooks = Contenders.of(name, n);
      try {
        assertEquals(after, run(() -> Host.afterUserCreate(hooks, user, signUp)), name + ", after");
        assertEquals(
            virtual, run(() -> Host.afterUserCreate(hooks, user, admin)), name + ", virtual");
        assertEquals(merged, Host.beforeUserCreate(hooks, user, signUp), name + ", before");
      } finally {
        if (hooks instanceof AutoCloseable closeable) {
          closeable.close();
        }
      }
    }
  }

  @Test
  void pollutionDrivesEveryContenderWithoutFailing() throws Exception {
    try (SpringHost spring = Contenders.spring(1)) {
      Pollution.drive(List.of(
          Contenders.wiring(3),
          Contenders.loop(8),
          Contenders.guava(1),
          Contenders.greenrobot(1),
          spring));
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
