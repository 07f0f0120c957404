package dev.hookwire.bench;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.bench.dispatch.Host;
import dev.hookwire.bench.dispatch.Samples;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRuntime;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The timeout path: what a hook with a time limit costs the caller over the same hook run inline.
 * One after-user-create hook, the same work on both sides, through each package's generated
 * wiring: {@code hooks.inline} (no timeout: called in place, in a try/catch) and {@code
 * hooks.timed} ({@code @Timeout(1 s)}: the wiring calls {@code runtime.runWithin}, which hands the
 * hook to the executor and waits for it, at most the time limit).
 *
 * <ul>
 *   <li>{@code inlineHook}: the baseline;
 *   <li>{@code timedHook}: the runtime as an application gets it, {@code HookRuntime.defaults()}:
 *       its own executor (a cached pool of daemon threads on JDK 17 to 20, a virtual thread per
 *       hook on 21 and later). The caller parks until the hook's thread counts the latch down;
 *   <li>{@code timedHookOnCallerThread}: an executor that runs the task on the calling thread, so
 *       no hand-off: what the runtime's bookkeeping alone costs (the in-flight permit, the task,
 *       its latch), separate from the thread switch.
 * </ul>
 *
 * <p>Average time per dispatch, one caller thread. {@code -prof gc} (run.sh's dispatch family)
 * gives the allocation per timed call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TimeoutBench {

  @State(Scope.Thread)
  public static class Wirings {
    HookRuntime defaults;
    HookRuntime callerThread;
    AuthHooks inline;
    AuthHooks timed;
    AuthHooks timedOnCallerThread;
    User user;
    HookContext ctx;

    @Setup(Level.Trial)
    public void setUp() {
      defaults = HookRuntime.defaults();
      AtomicInteger handedOff = new AtomicInteger();
      Executor caller = task -> {
        handedOff.incrementAndGet();
        task.run();
      };
      callerThread = HookRuntime.builder().executor(caller).build();
      inline = new dev.hookwire.bench.hooks.inline.HookWiring(defaults);
      timed = new dev.hookwire.bench.hooks.timed.HookWiring(defaults);
      timedOnCallerThread = new dev.hookwire.bench.hooks.timed.HookWiring(callerThread);
      user = Samples.user();
      ctx = Samples.signUp();
      // Each side must run its hook, and the timed one must go through the executor.
      checkRuns(inline);
      checkRuns(timed);
      checkRuns(timedOnCallerThread);
      if (handedOff.get() != 1) {
        throw new IllegalStateException(
            "the timed hook did not go through the executor: " + handedOff.get() + " tasks");
      }
    }

    private void checkRuns(AuthHooks wiring) {
      long before = Sink.acc;
      Host.afterUserCreate(wiring, user, ctx);
      if (Sink.acc == before) {
        throw new IllegalStateException(wiring.getClass().getName() + " did not run its hook");
      }
    }

    @TearDown(Level.Trial)
    public void close() {
      defaults.close();
      callerThread.close();
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

  @Benchmark
  public long timedHookOnCallerThread(Wirings s) {
    Host.afterUserCreate(s.timedOnCallerThread, s.user, s.ctx);
    return Sink.acc;
  }
}
