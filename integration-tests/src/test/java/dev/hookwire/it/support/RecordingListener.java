package dev.hookwire.it.support;

import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link HookListener} that keeps every failure it is told about, in order. Thread-safe. */
public final class RecordingListener implements HookListener {
  private final List<HookFailure> failures = new CopyOnWriteArrayList<>();

  @Override
  public void hookFailed(HookFailure failure) {
    failures.add(failure);
  }

  public List<HookFailure> failures() {
    return List.copyOf(failures);
  }

  /** The only failure reported; fails when there were none or several. */
  public HookFailure single() {
    if (failures.size() != 1) {
      throw new AssertionError("Expected exactly one hook failure, got " + failures);
    }
    return failures.get(0);
  }
}
