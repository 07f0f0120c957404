package dev.hookwire.bench;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.bench.dispatch.Contenders;
import dev.hookwire.bench.dispatch.Host;
import dev.hookwire.bench.dispatch.Pollution;
import dev.hookwire.bench.dispatch.Samples;
import dev.hookwire.bench.dispatch.SpringHost;
import dev.hookwire.bench.dispatch.UserHooks;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.runtime.HookContext;
import java.util.List;
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

/**
 * Dispatch: the cost of firing one event, side by side for every contender (run with {@code -prof
 * gc} for the allocation per operation).
 *
 * <ul>
 *   <li>{@code empty}: an empty benchmark method, the harness's own cost;
 *   <li>{@code direct*}: hand-written direct calls to the hook objects ({@code DirectHooks<n>});
 *   <li>{@code loop*}: a hand-written loop over an interface array ({@code LoopHooks});
 *   <li>{@code wiring*}: the generated {@code HookWiring};
 *   <li>{@code guava*}, {@code greenrobot*}, {@code spring*}: the same hook objects subscribed to
 *       Guava's EventBus, greenrobot's EventBus with its generated index, and Spring's {@code
 *       publishEvent} with {@code @EventListener}.
 * </ul>
 *
 * <p>Events: {@code *After} fires after-user-create on a sign-up path (its N hooks run, the
 * virtual event's filter says no); {@code *Before} fires before-user-create, whose N hooks each
 * return a patch that is merged; {@code *Virtual} fires after-user-create on the admin path, so
 * the filter holds and the N after-admin-user-create hooks run too (2N hooks).
 *
 * <p>Parameters: {@code hooks} per event (1, 3, 8: the hooks packages {@code n1}, {@code n3},
 * {@code n8}); {@code callSite}: {@code mono} leaves every call site with only the types of this
 * benchmark, {@code mega} first drives the same code with other implementations and hooks
 * packages ({@link Pollution}), as in an application with many events.
 *
 * <p>Every after-hook updates {@link Sink#acc}, which the benchmark returns; a before-benchmark
 * returns the merged user: nothing is dead code.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class DispatchBench {

  /** The parameters; each contender's state reads them when it sets up. */
  @State(Scope.Benchmark)
  public static class Config {
    @Param({"1", "3", "8"})
    public int hooks;

    @Param({"mono", "mega"})
    public String callSite;

    boolean mega() {
      return switch (callSite) {
        case "mono" -> false;
        case "mega" -> true;
        default -> throw new IllegalArgumentException("callSite is mono or mega, not " + callSite);
      };
    }
  }

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

  @State(Scope.Thread)
  public static class Wiring {
    AuthHooks hooks;

    @Setup(Level.Trial)
    public void setUp(Config config) {
      hooks = Contenders.wiring(config.hooks);
      if (config.mega()) {
        Pollution.authHooks(
            List.of(
                Contenders.wiring(1),
                Contenders.wiring(3),
                Contenders.wiring(8),
                new dev.hookwire.bench.hooks.inline.HookWiring(dev.hookwire.runtime.HookRuntime.defaults()),
                new dev.hookwire.bench.hooks.timed.HookWiring(dev.hookwire.runtime.HookRuntime.defaults())));
      }
    }
  }

  @State(Scope.Thread)
  public static class Direct {
    UserHooks hooks;

    @Setup(Level.Trial)
    public void setUp(Config config) {
      hooks = Contenders.direct(config.hooks);
      if (config.mega()) {
        Pollution.userHooks(handWritten());
      }
    }
  }

  @State(Scope.Thread)
  public static class Loop {
    UserHooks hooks;

    @Setup(Level.Trial)
    public void setUp(Config config) {
      hooks = Contenders.loop(config.hooks);
      if (config.mega()) {
        Pollution.userHooks(handWritten());
      }
    }
  }

  @State(Scope.Thread)
  public static class Guava {
    UserHooks hooks;

    @Setup(Level.Trial)
    public void setUp(Config config) {
      hooks = Contenders.guava(config.hooks);
      if (config.mega()) {
        Pollution.userHooks(
            List.of(
                Contenders.guava(1), Contenders.guava(3), Contenders.guava(8),
                Contenders.direct(1), Contenders.direct(3), Contenders.direct(8)));
      }
    }
  }

  @State(Scope.Thread)
  public static class Greenrobot {
    UserHooks hooks;

    @Setup(Level.Trial)
    public void setUp(Config config) {
      hooks = Contenders.greenrobot(config.hooks);
      if (config.mega()) {
        Pollution.userHooks(
            List.of(
                Contenders.greenrobot(1), Contenders.greenrobot(3), Contenders.greenrobot(8),
                Contenders.direct(1), Contenders.direct(3), Contenders.direct(8)));
      }
    }
  }

  @State(Scope.Thread)
  public static class Spring {
    SpringHost hooks;

    @Setup(Level.Trial)
    public void setUp(Config config) {
      hooks = Contenders.spring(config.hooks);
      if (config.mega()) {
        try (SpringHost one = Contenders.spring(1);
            SpringHost three = Contenders.spring(3);
            SpringHost eight = Contenders.spring(8)) {
          Pollution.userHooks(
              List.of(one, three, eight, Contenders.direct(1), Contenders.direct(3), Contenders.direct(8)));
        }
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      hooks.close();
    }
  }

  /** The hand-written contenders of every size: what "mega" drives the hand-written code with. */
  static List<UserHooks> handWritten() {
    return List.of(
        Contenders.direct(1), Contenders.direct(3), Contenders.direct(8),
        Contenders.loop(1), Contenders.loop(3), Contenders.loop(8));
  }

  // ---- baseline

  @Benchmark
  public void empty() {}

  // ---- hand-written direct calls

  @Benchmark
  public long directAfter(Direct s, Inputs in) {
    Host.afterUserCreate(s.hooks, in.user, in.signUp);
    return Sink.acc;
  }

  @Benchmark
  public User directBefore(Direct s, Inputs in) {
    return Host.beforeUserCreate(s.hooks, in.user, in.signUp);
  }

  @Benchmark
  public long directVirtual(Direct s, Inputs in) {
    Host.afterUserCreate(s.hooks, in.user, in.admin);
    return Sink.acc;
  }

  // ---- hand-written loop over an interface array

  @Benchmark
  public long loopAfter(Loop s, Inputs in) {
    Host.afterUserCreate(s.hooks, in.user, in.signUp);
    return Sink.acc;
  }

  @Benchmark
  public User loopBefore(Loop s, Inputs in) {
    return Host.beforeUserCreate(s.hooks, in.user, in.signUp);
  }

  @Benchmark
  public long loopVirtual(Loop s, Inputs in) {
    Host.afterUserCreate(s.hooks, in.user, in.admin);
    return Sink.acc;
  }

  // ---- the generated HookWiring

  @Benchmark
  public long wiringAfter(Wiring s, Inputs in) {
    Host.afterUserCreate(s.hooks, in.user, in.signUp);
    return Sink.acc;
  }

  @Benchmark
  public User wiringBefore(Wiring s, Inputs in) {
    return Host.beforeUserCreate(s.hooks, in.user, in.signUp);
  }

  @Benchmark
  public long wiringVirtual(Wiring s, Inputs in) {
    Host.afterUserCreate(s.hooks, in.user, in.admin);
    return Sink.acc;
  }

  // ---- Guava EventBus

  @Benchmark
  public long guavaAfter(Guava s, Inputs in) {
    Host.afterUserCreate(s.hooks, in.user, in.signUp);
    return Sink.acc;
  }

  @Benchmark
  public User guavaBefore(Guava s, Inputs in) {
    return Host.beforeUserCreate(s.hooks, in.user, in.signUp);
  }

  @Benchmark
  public long guavaVirtual(Guava s, Inputs in) {
    Host.afterUserCreate(s.hooks, in.user, in.admin);
    return Sink.acc;
  }

  // ---- greenrobot EventBus with its generated index

  @Benchmark
  public long greenrobotAfter(Greenrobot s, Inputs in) {
    Host.afterUserCreate(s.hooks, in.user, in.signUp);
    return Sink.acc;
  }

  @Benchmark
  public User greenrobotBefore(Greenrobot s, Inputs in) {
    return Host.beforeUserCreate(s.hooks, in.user, in.signUp);
  }

  @Benchmark
  public long greenrobotVirtual(Greenrobot s, Inputs in) {
    Host.afterUserCreate(s.hooks, in.user, in.admin);
    return Sink.acc;
  }

  // ---- Spring publishEvent with @EventListener

  @Benchmark
  public long springAfter(Spring s, Inputs in) {
    Host.afterUserCreate(s.hooks, in.user, in.signUp);
    return Sink.acc;
  }

  @Benchmark
  public User springBefore(Spring s, Inputs in) {
    return Host.beforeUserCreate(s.hooks, in.user, in.signUp);
  }

  @Benchmark
  public long springVirtual(Spring s, Inputs in) {
    Host.afterUserCreate(s.hooks, in.user, in.admin);
    return Sink.acc;
  }
}
