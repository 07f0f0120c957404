package dev.hookwire.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a runtime's history ({@link HookRuntime#history()}): a version of a hook deployed
 * or rolled back while the service ran.
 *
 * @param at when it took effect, to the millisecond
 * @param action what was done
 * @param event the hook's event
 * @param hook the hook: the qualified name of the class of its first version
 * @param from the version live before
 * @param to the version live after
 * @param by who did it: the principal name the caller gave
 * @param why the reason the caller gave
 */
public record HookChange(
    Instant at,
    Action action,
    String event,
    String hook,
    String from,
    String to,
    String by,
    String why) {

  /** What a change did. */
  public enum Action {
    /** Made a chosen version live. */
    DEPLOY,
    /** Made the version live before the hook's last change live again. */
    ROLLBACK
  }

  public HookChange {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(hook, "hook");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(why, "why");
  }
}
