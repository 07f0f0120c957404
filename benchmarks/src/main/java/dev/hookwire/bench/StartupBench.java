package dev.hookwire.bench;

import dev.hookwire.bench.fixtures.HookSources;
import dev.hookwire.bench.fixtures.StartupFixture;
import dev.hookwire.bench.startup.ClassGraphStartup;
import dev.hookwire.bench.startup.ConstructStartup;
import dev.hookwire.bench.startup.SpringStartup;
import dev.hookwire.bench.startup.WiringStartup;
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
 * Startup: from a cold JVM to wiring ready to dispatch, for a hooks package of {@code hooks}
 * generated hook classes (run with {@code -prof cl} for the classes each way loads).
 *
 * <p>Each fork measures exactly one operation (single shot, no warm-up): the first and only time
 * that JVM loads the hooks, the approach's own classes and its libraries. Every operation uses a
 * fresh class loader over the fixture's jar. Many forks give the spread.
 *
 * <ul>
 *   <li>{@code construct}: the baseline, load and construct every hook class;
 *   <li>{@code hookWiring}: {@code new HookWiring(HookRuntime.defaults())};
 *   <li>{@code hookWiringLoggingReady}: the same in a JVM whose {@code System.Logger} is already
 *       initialised, as in an application whose logging is up (a diagnostic: {@code
 *       HookRuntime.defaults()} looks its logger up eagerly, which initialises
 *       java.util.logging, and that fixed cost is otherwise charged to the wiring);
 *   <li>{@code classGraph}: ClassGraph scan of the package + reflective instantiation;
 *   <li>{@code springScan}: Spring component scan of the package + context refresh.
 * </ul>
 *
 * <p>Parameters: {@code hooks}, the number of hook classes; {@code shape}, how they spread over
 * events ({@code auth}: three after-events of the built-in catalog, {@code events}: a generated
 * catalog with one event per hook; see {@link HookSources}). {@link StartupFixture} generates and
 * compiles the classes, outside the measured JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Benchmark)
public class StartupBench {
  @Param({"100", "1000", "5000"})
  public int hooks;

  /** How the hooks spread over events: see {@link HookSources}. */
  @Param({"auth", "events"})
  public String shape;

  private StartupFixture fixture;

  @Setup(Level.Trial)
  public void setUp() {
    fixture = StartupFixture.ensure(HookSources.Shape.of(shape), hooks);
  }

  @Benchmark
  public Object construct() throws ReflectiveOperationException {
    return ConstructStartup.start(fixture);
  }

  @Benchmark
  public Object hookWiring() throws ReflectiveOperationException {
    return WiringStartup.start(fixture);
  }

  /** Initialises {@code System.Logger} (java.util.logging) before the measurement. */
  @State(Scope.Benchmark)
  public static class LoggingReady {
    @Setup(Level.Trial)
    public void initialiseLogging() {
      System.getLogger("dev.hookwire.bench").isLoggable(System.Logger.Level.INFO);
    }
  }

  @Benchmark
  public Object hookWiringLoggingReady(LoggingReady ready) throws ReflectiveOperationException {
    return WiringStartup.start(fixture);
  }

  @Benchmark
  public Object classGraph() throws ReflectiveOperationException {
    return ClassGraphStartup.start(fixture);
  }

  @Benchmark
  public Object springScan() throws ReflectiveOperationException {
    return SpringStartup.start(fixture);
  }
}
