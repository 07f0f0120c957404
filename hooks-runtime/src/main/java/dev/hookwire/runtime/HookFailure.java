package dev.hookwire.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * One hook that did not complete normally, as a {@link HookListener} sees it.
 *
 * @param event the event, in kebab-case
 * @param hook the hook class
 * @param consequence what the runtime did about it
 * @param reason a short explanation, for example {@code "threw"} or {@code "returned null for a
 *     non-null input"}
 * @param error the hook's exception, or {@code null} when the hook did not throw
 */
public record HookFailure(
    String event, Class<?> hook, Consequence consequence, String reason, Throwable error) {

  /** What the runtime did about a failed hook, as DESIGN's runtime contract says per kind. */
  public enum Consequence {
    /** A before-hook failed: the operation was aborted and the host got a {@link HookAbortedException}. */
    ABORTED("the operation was aborted"),
    /** An after-hook failed: the other hooks still ran and the host call returned normally. */
    ISOLATED("the other hooks still ran and the host call went on"),
    /** A transform hook failed: its input was kept. */
    INPUT_KEPT("its input was kept");

    private final String description;

    Consequence(String description) {
      this.description = description;
    }

    /** What happened, as a phrase: "the operation was aborted". */
    public String description() {
      return description;
    }
  }

  public HookFailure {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(hook, "hook");
    Objects.requireNonNull(consequence, "consequence");
    Objects.requireNonNull(reason, "reason");
  }

  /** The hook's exception, if it threw one. */
  public Optional<Throwable> exception() {
    return Optional.ofNullable(error);
  }

  /**
   * Whether a before-hook denied the operation on purpose with a {@link HookRejection}. A
   * rejection thrown by an after- or transform hook is an ordinary failure: there is no operation
   * left to deny.
   */
  public boolean isRejection() {
    return consequence == Consequence.ABORTED && error instanceof HookRejection;
  }

  /** One line for a log: {@code "after-user-create hook com.acme.AfterUserCreate threw; ..."}. */
  public String describe() {
    return event + " hook " + hook.getName() + " " + reason + "; " + consequence.description();
  }
}
