package dev.hookwire.bench;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.bench.dispatch.Contenders;
import dev.hookwire.bench.dispatch.Host;
import dev.hookwire.bench.dispatch.Pollution;
import dev.hookwire.bench.dispatch.Samples;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.runtime.HookContext;
import java.util.ArrayList;
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
 * <p>{@code empty} is an empty benchmark method, the harness's own cost. The others fire an event
 * through the catalog interface {@code AuthHooks} ({@link Host}) on the contender named by {@code
 * via}, every one driving the same hook classes (the hooks packages {@code n1}, {@code n3}, {@code
 * n8}):
 *
 * <ul>
 *   <li>{@code direct}: hand-written direct calls to the hook objects ({@code DirectHooks<n>});
 *   <li>{@code loop}: a hand-written loop over an interface array ({@code LoopHooks});
 *   <li>{@code wiring}: the generated {@code HookWiring};
 *   <li>{@code guava}, {@code greenrobot}, {@code spring}: the hook objects subscribed to Guava's
 *       EventBus, greenrobot's EventBus with its generated index, and Spring's {@code
 *       publishEvent} with {@code @EventListener}.
 * </ul>
 *
 * <p>Events: {@code after} fires after-user-create on a sign-up path (its N hooks run, the virtual
 * event's filter says no); {@code before} fires before-user-create, whose N hooks each return a
 * patch that is merged; {@code virtual} fires after-user-create on the admin path, so the filter
 * holds and the N after-admin-user-create hooks run too (2N hooks).
 *
 * <p>Parameters: {@code hooks} per event (1, 3, 8); {@code callSite}: {@code mono} leaves every
 * call site with only the types of this benchmark, {@code mega} first drives the same code with
 * other contenders and hooks packages ({@link Pollution}), as in an application with many events;
 * {@code via}, the contender. JMH varies the last parameter in name order fastest, so the six
 * contenders of one event, size and call site run one after the other: whatever else the machine
 * does then weighs on all six alike.
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

  /** The parameters shared with {@link Dispatcher}, which reads them when it sets up. */
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

  /** The contender under test. */
  @State(Scope.Thread)
  public static class Dispatcher {
    @Param({"direct", "loop", "wiring", "guava", "greenrobot", "spring"})
    public String via;

    AuthHooks hooks;
    private final List<AuthHooks> toClose = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp(Config config) {
      hooks = keep(Contenders.of(via, config.hooks));
      if (config.mega()) {
        // The host's call site sees the hand-written and generated contenders of every size and
        // this contender's other sizes; the contender's own code sees every hooks package.
        List<AuthHooks> others = new ArrayList<>();
        for (int size : SIZES) {
          others.add(Contenders.wiring(size));
          others.add(Contenders.direct(size));
          others.add(Contenders.loop(size));
          others.add(keep(Contenders.of(via, size)));
        }
        Pollution.drive(others);
      }
    }

    private AuthHooks keep(AuthHooks contender) {
      toClose.add(contender);
      return contender;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      for (AuthHooks contender : toClose) {
        if (contender instanceof AutoCloseable closeable) {
          closeable.close();
        }
      }
    }
  }

  private static final int[] SIZES = {1, 3, 8};

  @Benchmark
  public void empty() {}

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
