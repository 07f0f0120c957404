package dev.hookwire.bench;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.bench.dispatch.Host;
import dev.hookwire.bench.dispatch.Samples;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.console.HookStats;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookRuntime;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the console's counts cost a dispatch: the same generated wiring ({@code hooks.n1}, {@code
 * hooks.n8}) on a runtime with the default listener ({@code console=off}, as without the console)
 * and on one whose listener is a {@link HookStats} alongside the default ({@code console=stats}, as
 * the starter sets it up when {@code hookwire.console.enabled} is true). {@code HookStats} traces,
 * so the dispatch tells it each hook's start and result, with two clock reads per hook.
 *
 * <ul>
 *   <li>{@code after}: one after-user-create dispatch, {@code hooks} hooks;
 *   <li>{@code before}: one before-user-create dispatch, {@code hooks} hooks (each returns a
 *       patch).
 * </ul>
 *
 * The setup checks that the counts see every hook. Run by {@code run.sh}'s dispatch family
 * ({@code -prof gc}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class ConsoleStatsBench {
  @Param({"1", "8"})
  public int hooks;

  @Param({"off", "stats"})
  public String console;

  private AuthHooks wiring;
  private User user;
  private HookContext ctx;

  @Setup(Level.Trial)
  public void setUp() {
    HookStats stats = new HookStats();
    HookRuntime runtime = switch (console) {
      case "off" -> HookRuntime.defaults();
      case "stats" ->
        HookRuntime.builder().listener(stats.alongside(HookListener.logging())).build();
      default -> throw new IllegalArgumentException("console=" + console);
    };
    wiring = switch (hooks) {
      case 1 -> new dev.hookwire.bench.hooks.n1.HookWiring(runtime);
      case 8 -> new dev.hookwire.bench.hooks.n8.HookWiring(runtime);
      default -> throw new IllegalArgumentException("hooks=" + hooks);
    };
    user = Samples.user();
    ctx = Samples.signUp();
    Host.afterUserCreate(wiring, user, ctx);
    Host.beforeUserCreate(wiring, user, ctx);
    String first = "dev.hookwire.bench.hooks.n" + hooks + ".AfterUserCreate1";
    long counted = stats.of("after-user-create", first).runs();
    if (counted != (console.equals("stats") ? 1 : 0)) {
      throw new IllegalStateException(
          "console=" + console + ": " + first + " counted " + counted + " runs");
    }
  }

  @Benchmark
  public long after() {
    Host.afterUserCreate(wiring, user, ctx);
    return Sink.acc;
  }

  @Benchmark
  public User before() {
    return Host.beforeUserCreate(wiring, user, ctx);
  }
}
