package dev.hookwire.bench;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.bench.boot.BootApps;
import dev.hookwire.bench.dispatch.Contenders;
import dev.hookwire.bench.dispatch.Host;
import dev.hookwire.bench.dispatch.Samples;
import dev.hookwire.bench.support.Accumulator;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.runtime.HookRuntime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dispatch through the wirings the Spring Boot starter creates, and through a wiring whose hooks
 * take constructor dependencies, against the hand-written loop: 3 hooks per event, the events of
 * {@link DispatchBench} ({@code after}, {@code before}, {@code virtual}), monomorphic call sites
 * (run with {@code -prof gc} for the allocation per operation).
 *
 * <ul>
 *   <li>{@code loop}: the hand-written loop over the {@code n3} hooks ({@code LoopHooks});
 *   <li>{@code wiring}: {@code new HookWiring(HookRuntime.defaults())} of {@code n3};
 *   <li>{@code springWiring}: the {@code n3} wiring bean the starter made in a Spring Boot
 *       application ({@link BootApps}), with its {@code HookRuntime} bean;
 *   <li>{@code depsWiring}: {@code new HookWiring(runtime, HookDependencies.of(..))} of {@code
 *       deps3}, whose hooks take an {@link Accumulator} by constructor and do the same work
 *       through it;
 *   <li>{@code springDepsWiring}: the {@code deps3} wiring bean, its hooks constructed with the
 *       application's {@code Accumulator} bean.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SpringDispatchBench {

  /** The event's inputs, read from fields so the JIT cannot fold them into constants. */
  @State(Scope.Thread)
  public static class Inputs {
    User user;
    HookContext signUp;
    HookContext admin;

    @Setup(Level.Trial)
    public void setUp() {
      user = Samples.user();
      signUp = Samples.signUp();
      admin = Samples.admin();
    }
  }

  /** The contender under test. */
  @State(Scope.Thread)
  public static class Dispatcher {
    @Param({"loop", "wiring", "springWiring", "depsWiring", "springDepsWiring"})
    public String via;

    AuthHooks hooks;
    private ConfigurableApplicationContext context;
    private HookRuntime runtime;

    @Setup(Level.Trial)
    public void setUp() {
      hooks = switch (via) {
        case "loop" -> Contenders.loop(3);
        case "wiring" -> Contenders.wiring(3);
        case "springWiring" -> bean(dev.hookwire.bench.hooks.n3.HookWiring.class);
        case "depsWiring" -> {
          runtime = HookRuntime.defaults();
          yield new dev.hookwire.bench.hooks.deps3.HookWiring(
              runtime, HookDependencies.of(Map.of(Accumulator.class, new Accumulator())));
        }
        case "springDepsWiring" -> bean(dev.hookwire.bench.hooks.deps3.HookWiring.class);
        default -> throw new IllegalArgumentException("no contender " + via);
      };
    }

    private AuthHooks bean(Class<? extends AuthHooks> wiring) {
      context = BootApps.withStarter(wiring);
      return context.getBean(AuthHooks.class);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      if (context != null) {
        context.close();
      }
      if (runtime != null) {
        runtime.close();
      }
    }
  }

  @Benchmark
  public long after(Dispatcher d, Inputs in) {
    Host.afterUserCreate(d.hooks, in.user, in.signUp);
    return Sink.acc;
  }

  @Benchmark
  public User before(Dispatcher d, Inputs in) {
    return Host.beforeUserCreate(d.hooks, in.user, in.signUp);
  }

  @Benchmark
  public long virtual(Dispatcher d, Inputs in) {
    Host.afterUserCreate(d.hooks, in.user, in.admin);
    return Sink.acc;
  }
}
