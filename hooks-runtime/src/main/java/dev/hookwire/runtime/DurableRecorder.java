package dev.hookwire.runtime;

import java.util.List;

/**
 * Where a dispatcher records the events of its {@code @Durable} hooks: in the host's transaction,
 * so that a rolled-back write leaves no event. The host puts one, bound to its transaction, in the
 * {@link HookContext} it dispatches with ({@code hooks-outbox}'s {@code
 * outbox.context(connection, ctx)} does); a dispatch of an event with durable hooks and no recorder
 * in its context throws {@link IllegalStateException} before anything is recorded.
 *
 * <p>A recorder that throws makes the dispatcher throw {@link HookAbortedException}, whatever the
 * runtime's strictness: an event that could not be recorded would otherwise be lost once the host
 * commits, so the host's transaction must not commit without it.
 */
@FunctionalInterface
public interface DurableRecorder {
  /**
   * Records one event for the durable hooks named, in the host's transaction.
   *
   * @param event the event's name, a virtual event's own name for its hooks
   * @param entity the event's entity, as the dispatcher got it
   * @param hooks the class names of the durable hooks it is for, in run order, at least one
   * @return the event's stable id, which each hook later gets as {@link DurableHook#EVENT_ID}
   */
  String record(String event, Object entity, List<String> hooks);
}
