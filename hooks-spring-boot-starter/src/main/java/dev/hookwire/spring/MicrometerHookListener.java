package dev.hookwire.spring;

import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every hook invocation as the {@link Timer} {@value #METER} with the tags {@code event}
 * (kebab-case), {@code hook} (simple class name) and {@code outcome}: {@code success}, {@code
 * failure}, {@code rejected} (a before-hook denied the operation with a {@code HookRejection}) or
 * {@code timeout} (it ran past its limit, or could not be started). A skipped hook is not an
 * invocation and is not recorded. A failure whose duration is unknown is recorded as zero.
 *
 * <p>It traces, so the runtime reads the clock twice per hook while it is registered.
 */
public final class MicrometerHookListener implements HookListener {
  public static final String METER = "hookwire.hook";

  private record Key(String event, Class<?> hook, String outcome) {}

  private final MeterRegistry registry;
  private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

  public MicrometerHookListener(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public boolean traces() {
    return true;
  }

  @Override
  public void hookSucceeded(String event, Class<?> hook, Object result, Duration duration) {
    timer(new Key(event, hook, "success")).record(duration);
  }

  @Override
  public void hookFailed(HookFailure failure) {
    String outcome =
        failure.isTimeout() ? "timeout" : failure.isRejection() ? "rejected" : "failure";
    timer(new Key(failure.event(), failure.hook(), outcome))
        .record(failure.took().orElse(Duration.ZERO));
  }

  private Timer timer(Key key) {
    return timers.computeIfAbsent(
        key,
        k -> Timer.builder(METER)
            .description("Hook invocations of Hookwire wirings")
            .tag("event", k.event())
            .tag("hook", k.hook().getSimpleName())
            .tag("outcome", k.outcome())
            .register(registry));
  }
}
