package dev.hookwire.runtime;

import java.util.List;

/**
 * A generated {@code HookWiring} with {@code @Durable} hooks: the hooks whose recorded events the
 * outbox's workers deliver. Its dispatchers record those hooks' events through the context's
 * {@link DurableRecorder} instead of running them.
 */
public interface DurableWiring {
  /**
   * The durable hooks this wiring created (not the {@code @Disabled} ones, nor those the runtime
   * switched off), in declaration order.
   */
  List<DurableHook<?>> durableHooks();
}
