package dev.hookwire.bench;

import dev.hookwire.bench.fixtures.HookSources;
import dev.hookwire.bench.fixtures.Javac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Compile time: javac ({@code javax.tools}, in process) on a generated hooks package of {@code
 * hooks} hook classes (plus its catalog for {@code shape=events}; see {@link HookSources}), with
 * the Hookwire processor on the processor path ({@code withProcessor}, javac discovers it as in a
 * user's build) and with {@code -proc:none}. Two controls separate javac's own cost of annotation
 * processing from Hookwire's: {@code controlProcessor} runs a processor that does nothing, {@code
 * controlGenerating} one that only writes an empty class ({@link
 * dev.hookwire.bench.fixtures.ControlProcessor}).
 *
 * <p>javac's own code warms up over the warm-up iterations, as in a build daemon; the processor
 * is loaded by a new class loader on every compile (javac makes one per task, as Maven's compiler
 * plugin does), so its code starts cold each time, as it does in a real build. A fixed heap keeps
 * heap resizing out of the numbers.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class CompileBench {
  @Param({"250", "1000", "4000"})
  public int hooks;

  /** How the hooks spread over events: see {@link HookSources}. */
  @Param({"auth", "events"})
  public String shape;

  private final Javac javac = new Javac();
  private Path work;
  private List<Path> sources;
  private Path out;
  private Path wiringClass;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    work = Files.createTempDirectory("hookwire-compile");
    HookSources generated = new HookSources(HookSources.Shape.of(shape), hooks);
    sources = generated.write(work.resolve("src"), false);
    out = work.resolve("out");
    wiringClass = out.resolve(generated.wiringClass().replace('.', '/') + ".class");
  }

  /** Every compile starts from an empty output directory. */
  @Setup(Level.Invocation)
  public void cleanOutput() throws IOException {
    delete(out);
    Files.createDirectories(out);
  }

  @TearDown(Level.Trial)
  public void deleteWork() throws IOException {
    delete(work);
  }

  @Benchmark
  public int procNone() {
    return javac.compile(sources, out, Javac.Processing.NONE);
  }

  /** Control: a processor that does nothing (javac's own cost of annotation processing). */
  @Benchmark
  public int controlProcessor() {
    return javac.compile(sources, out, Javac.Processing.CONTROL);
  }

  /** Control: a processor that only writes one empty class (javac's cost of a generating processor). */
  @Benchmark
  public int controlGenerating() {
    return javac.compile(sources, out, Javac.Processing.CONTROL_GENERATING);
  }

  @Benchmark
  public int withProcessor() {
    int warnings = javac.compile(sources, out, Javac.Processing.HOOKWIRE);
    if (!Files.exists(wiringClass)) {
      throw new IllegalStateException("the processor generated no " + wiringClass);
    }
    return warnings;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
