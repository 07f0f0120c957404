package dev.hookwire.spring;

import dev.hookwire.runtime.HookChange;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookSwitch;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tells several listeners, in order: every one hears of failures and of live switches and
 * version changes, and the tracing ones of starts, successes and skips. One listener that throws does not keep the others from hearing; the first
 * exception is rethrown after all were told (the runtime logs it), with the others suppressed.
 */
final class CompositeHookListener implements HookListener {
  private final List<HookListener> all;
  private final List<HookListener> tracing;

  CompositeHookListener(List<HookListener> listeners) {
    this.all = List.copyOf(listeners);
    this.tracing = all.stream().filter(HookListener::traces).toList();
  }

  /** The one listener itself, or a composite of several. */
  static HookListener of(List<HookListener> listeners) {
    return listeners.size() == 1 ? listeners.get(0) : new CompositeHookListener(listeners);
  }

  List<HookListener> listeners() {
    return all;
  }

  @Override
  public void hookFailed(HookFailure failure) {
    tell(all, l -> l.hookFailed(failure));
  }

  @Override
  public boolean traces() {
    return !tracing.isEmpty();
  }

  @Override
  public void hookStarted(String event, Class<?> hook) {
    tell(tracing, l -> l.hookStarted(event, hook));
  }

  @Override
  public void hookSucceeded(String event, Class<?> hook, Object result, Duration duration) {
    tell(tracing, l -> l.hookSucceeded(event, hook, result, duration));
  }

  @Override
  public void hookSkipped(String event, Class<?> hook, String reason) {
    tell(tracing, l -> l.hookSkipped(event, hook, reason));
  }

  @Override
  public void hookSwitched(HookSwitch change) {
    tell(all, l -> l.hookSwitched(change));
  }

  @Override
  public void hookChanged(HookChange change) {
    tell(all, l -> l.hookChanged(change));
  }

  private static void tell(List<HookListener> listeners, Consumer<HookListener> call) {
    RuntimeException first = null;
    for (HookListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
