package dev.hookwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.bench.boot.BootApps;
import dev.hookwire.bench.dispatch.Contenders;
import dev.hookwire.bench.dispatch.Host;
import dev.hookwire.bench.dispatch.Samples;
import dev.hookwire.bench.support.Accumulator;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.bench.support.UserCreated;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.runtime.HookRuntime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot benchmarks compare like with like: every dispatch contender of {@link
 * SpringDispatchBench} runs the same work with the same result, and both applications of {@link
 * SpringBootRefreshBench} start with their 100 hooks. Not a benchmark; it runs in {@code mvn
 * verify}.
 */
class SpringBenchTest {
  private final User user = Samples.user();
  private final HookContext signUp = Samples.signUp();
  private final HookContext admin = Samples.admin();

  private static long run(Runnable dispatch) {
    Sink.acc = 0;
    dispatch.run();
    return Sink.acc;
  }

  private void assertSameAsTheLoop(AuthHooks hooks, String name) {
    AuthHooks loop = Contenders.loop(3);
    assertEquals(
        run(() -> Host.afterUserCreate(loop, user, signUp)),
        run(() -> Host.afterUserCreate(hooks, user, signUp)),
        name + ", after");
    assertEquals(
        run(() -> Host.afterUserCreate(loop, user, admin)),
        run(() -> Host.afterUserCreate(hooks, user, admin)),
        name + ", virtual");
    assertEquals(
        Host.beforeUserCreate(loop, user, signUp),
        Host.beforeUserCreate(hooks, user, signUp),
        name + ", before");
  }

  @Test
  void everyDispatchContenderDoesTheLoopsWork() {
    assertSameAsTheLoop(Contenders.wiring(3), "wiring");
    try (HookRuntime runtime = HookRuntime.defaults()) {
      assertSameAsTheLoop(
          new dev.hookwire.bench.hooks.deps3.HookWiring(
              runtime, HookDependencies.of(Map.of(Accumulator.class, new Accumulator()))),
          "depsWiring");
    }
    try (ConfigurableApplicationContext context =
        BootApps.withStarter(dev.hookwire.bench.hooks.n3.HookWiring.class)) {
      AuthHooks bean = context.getBean(AuthHooks.class);
      assertInstanceOf(dev.hookwire.bench.hooks.n3.HookWiring.class, bean);
      assertSameAsTheLoop(bean, "springWiring");
    }
    try (ConfigurableApplicationContext context =
        BootApps.withStarter(dev.hookwire.bench.hooks.deps3.HookWiring.class)) {
      AuthHooks bean = context.getBean(AuthHooks.class);
      assertInstanceOf(dev.hookwire.bench.hooks.deps3.HookWiring.class, bean);
      assertSameAsTheLoop(bean, "springDepsWiring");
    }
  }

  /** Each hook k of {@code hooks100} adds k: 100 hooks, in order, whichever way they are called. */
  @Test
  void bothRefreshApplicationsStartWithTheirHundredHooks() {
    long expected = 0;
    for (int k = 1; k <= 100; k++) {
      expected = expected * 31 + k + user.email().length();
    }
    try (ConfigurableApplicationContext starter =
        BootApps.withStarter(dev.hookwire.bench.boot.hooks100.HookWiring.class)) {
      AuthHooks hooks = starter.getBean(AuthHooks.class);
      assertEquals(expected, run(() -> hooks.afterUserCreate(user, signUp)), "starter");
    }
    try (ConfigurableApplicationContext listeners = BootApps.withEventListeners()) {
      assertEquals(0, listeners.getBeanNamesForType(AuthHooks.class).length, "no wiring bean");
      assertEquals(
          expected,
          run(() -> listeners.publishEvent(new UserCreated(user, signUp))),
          "@EventListener beans");
    }
  }
}
