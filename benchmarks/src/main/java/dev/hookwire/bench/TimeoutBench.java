package dev.hookwire.bench;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.bench.dispatch.Host;
import dev.hookwire.bench.dispatch.Samples;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRuntime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PLACEHOLDER — the timeout path. NOT A RESULT YET.
 *
 * <p>Meant to measure the latency a hook with a timeout adds (the hand-off to the runtime's
 * executor and back) over the same hook run inline. At the time of writing the runtime does not
 * enforce timeouts: {@code @Timeout} is validated and recorded, and the hook still runs inline, so
 * {@code timedHook} and {@code inlineHook} run the same code and their ratio says nothing.
 * {@code run.sh} prints this benchmark under "placeholder" and checks no target against it.
 *
 * <p>To fill in once the runtime-policies work lands: configure the runtime the way an
 * application would (its executor, if {@code HookRuntime.builder()} takes one) in {@link
 * Wirings#setUp}, check that {@code timedHook} really leaves the caller's thread, add a
 * contention case if useful, and drop this banner and the placeholder marker in {@code
 * report.py}.
 *
 * <p>Both sides use their package's generated wiring: {@code hooks.inline} (one after-user-create
 * hook without a timeout) and {@code hooks.timed} (the same hook with {@code @Timeout(1 s)}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TimeoutBench {

  @State(Scope.Thread)
  public static class Wirings {
    AuthHooks inline;
    AuthHooks timed;
    User user;
    HookContext ctx;

    @Setup(Level.Trial)
    public void setUp() {
      inline = new dev.hookwire.bench.hooks.inline.HookWiring(HookRuntime.defaults());
      timed = new dev.hookwire.bench.hooks.timed.HookWiring(HookRuntime.defaults());
      user = Samples.user();
      ctx = Samples.signUp();
    }
  }

  @Benchmark
  public long inlineHook(Wirings s) {
    Host.afterUserCreate(s.inline, s.user, s.ctx);
    return Sink.acc;
  }

  @Benchmark
  public long timedHook(Wirings s) {
    Host.afterUserCreate(s.timed, s.user, s.ctx);
    return Sink.acc;
  }
}
