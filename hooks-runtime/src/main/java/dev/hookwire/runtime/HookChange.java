package dev.hookwire.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a runtime's history ({@link HookRuntime#history()}): a hook switched on or off, or
 * a version of a hook deployed or rolled back, while the service ran.
 *
 * @param at when it took effect, to the millisecond
 * @param action what was done
 * @param event the hook's event
 * @param hook the hook: its class's qualified name (for a deploy or a rollback, the class of its
 *     first version)
 * @param from the version live before; for a switch, {@code "on"} or {@code "off"}
 * @param to the version live after; for a switch, {@code "on"} or {@code "off"}
 * @param by who did it: the principal name the caller gave; empty for a switch made without one
 *     ({@link HookRuntime#switchOn}, {@link HookRuntime#switchOff}, {@link
 *     HookRuntime#switchHooks(List)})
 * @param why the reason the caller gave; empty for a switch made without one
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
    /** Made the version live before the hook's last deploy or rollback live again. */
    ROLLBACK,
    /** Switched a hook on. */
    SWITCH_ON,
    /** Switched a hook off. */
    SWITCH_OFF;

    /** Whether it changed which version of a hook is live. */
    public boolean isVersionChange() {
      return this == DEPLOY || this == ROLLBACK;
    }

    /**
     * Its name as scripts and pages write it, the action a change request names: {@code deploy},
     * {@code rollback}, {@code switch-on}, {@code switch-off}.
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * The last deploy or rollback of {@code hook} of {@code event} in {@code history} (oldest first,
   * as {@link HookRuntime#history()} gives it); its {@link #from} is the version a rollback makes
   * live. Empty when the hook's version has not changed; switches do not count.
   */
  public static Optional<HookChange> lastVersionChange(
      List<HookChange> history, String event, String hook) {
    for (int i = history.size() - 1; i >= 0; i--) {
      HookChange change = history.get(i);
      if (change.action().isVersionChange()
          && change.event().equals(event)
          && change.hook().equals(hook)) {
        return Optional.of(change);
      }
    }
    return Optional.empty();
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
