package dev.hookwire.runtime;

import java.util.Optional;

/**
 * Where runtimes keep the hooks' live state ({@link HookState}), so that a restarted instance of
 * the service, and every other instance, agree on it: give one to {@link
 * HookRuntime.Builder#store}. Without one, the state lives in the runtime and a restart returns to
 * the build's. Implementations: {@link #inMemory()} (runtimes of one JVM), and the JDBC store of
 * {@code hooks-store-jdbc}. Must be thread-safe.
 */
public interface HookStateStore {
  /** The state stored last, or empty when none has been. */
  Optional<HookState> load();

  /**
   * Stores {@code next} if the stored state's revision is {@code next.revision() - 1} (0: none
   * stored yet), atomically; else stores nothing (another runtime stored first).
   *
   * @return whether it stored {@code next}
   */
  boolean save(HookState next);

  /** A store in this JVM's memory, shared by the runtimes given it. */
  static HookStateStore inMemory() {
    return new HookStateStore() {
      private HookState state;

      @Override
      public synchronized Optional<HookState> load() {
        return Optional.ofNullable(state);
      }

      @Override
      public synchronized boolean save(HookState next) {
        long stored = state == null ? 0L : state.revision();
        if (next.revision() != stored + 1) {
          return false;
        }
        state = next;
        return true;
      }
    };
  }
}
