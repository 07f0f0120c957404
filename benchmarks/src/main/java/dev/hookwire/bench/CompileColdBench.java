package dev.hookwire.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link CompileBench}'s compiles in a cold JVM: each fork compiles once, with no warm-up, so
 * javac's own code runs cold as well as the processor's. That is a build that starts javac in a
 * fresh JVM (Maven's compiler plugin in a {@code mvn compile}, a CI job), where {@code
 * CompileBench} is a warm build daemon. Same fixtures, the same four ways; the forks give the
 * spread.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(
    value = 5,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CompileColdBench extends CompileBench {}
