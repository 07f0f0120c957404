package dev.hookwire.spring;

import dev.hookwire.runtime.ContextPropagator;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.context.ThreadLocalAccessor;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import org.springframework.util.ClassUtils;

/**
 * A {@link ContextPropagator} backed by Micrometer's context-propagation: {@link #capture()} takes
 * a {@link ContextSnapshot} of every thread-local its registry knows (Spring Security's {@code
 * SecurityContext}, the current {@code Observation}, and whatever else registers an accessor),
 * restored around the hook on its thread. Thread-locals the caller has none of are cleared there
 * for the hook ({@code clearMissing}), so a pooled thread never shows a hook another request's
 * context; closing the scope puts the thread's own values back.
 */
final class MicrometerContextPropagator implements ContextPropagator {
  private final ContextSnapshotFactory snapshots;

  MicrometerContextPropagator(ContextRegistry registry) {
    this.snapshots = ContextSnapshotFactory.builder()
        .contextRegistry(registry)
        .clearMissing(true)
        .build();
  }

  /**
   * The accessors of {@link ContextRegistry#getInstance()} (those found with {@link
   * java.util.ServiceLoader} and those the application registered by then), copied into a
   * registry of the starter's own, plus, when SLF4J is present and none is registered, one for the
   * whole logging MDC ({@link Slf4jThreadLocalAccessor} with no keys). The global registry is not
   * changed.
   */
  static ContextRegistry registry(ClassLoader loader) {
    ContextRegistry global = ContextRegistry.getInstance();
    ContextRegistry own = new ContextRegistry();
    global.getContextAccessors().forEach(own::registerContextAccessor);
    global.getThreadLocalAccessors().forEach(own::registerThreadLocalAccessor);
    boolean mdcCarried = own.getThreadLocalAccessors().stream()
        .map(ThreadLocalAccessor::key)
        .anyMatch(Slf4jThreadLocalAccessor.KEY::equals);
    if (!mdcCarried && ClassUtils.isPresent("org.slf4j.MDC", loader)) {
      own.registerThreadLocalAccessor(new Slf4jThreadLocalAccessor());
    }
    return own;
  }

  @Override
  public Snapshot capture() {
    ContextSnapshot snapshot = snapshots.captureAll();
    return () -> snapshot.setThreadLocals()::close;
  }
}
