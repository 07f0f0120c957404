package dev.hookwire.bench;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.bench.boot.BootApps;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Spring Boot startup with 100 hooks: the time {@code SpringApplication.run} takes to a context
 * ready to dispatch. Each operation is a whole new application context, closed after it outside
 * the measurement. By default each fork measures one, its first: a cold JVM, as an application
 * starts (class loading included), many forks giving the spread; with warm-up iterations ({@code
 * -wi 30 -i 20}) it measures a refresh in a JVM whose classes are loaded and compiled.
 *
 * <ul>
 *   <li>{@code starter}: the hooks package {@code boot.hooks100} through the starter, which makes
 *       its generated {@code HookWiring} a bean (constructing the 100 hooks) with a {@code
 *       HookRuntime}; the {@code AuthHooks} bean is fetched;
 *   <li>{@code eventListeners}: the same 100 classes as {@code @Component} beans found by a
 *       component scan, each with an {@code @EventListener} method that Spring registers.
 * </ul>
 *
 * Both evaluate the same auto-configurations (but Hookwire's for the second). The ratio {@code
 * starter / eventListeners} is the number: below 1, the starter refreshes faster.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Thread)
public class SpringBootRefreshBench {
  private ConfigurableApplicationContext context;

  @Benchmark
  public Object starter() {
    context = BootApps.withStarter(dev.hookwire.bench.boot.hooks100.HookWiring.class);
    return context.getBean(AuthHooks.class);
  }

  @Benchmark
  public Object eventListeners() {
    context = BootApps.withEventListeners();
    return context;
  }

  @TearDown(Level.Iteration)
  public void close() {
    if (context != null) {
      context.close();
      context = null;
    }
  }
}
