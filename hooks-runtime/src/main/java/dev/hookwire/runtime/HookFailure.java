package dev.hookwire.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One hook that did not complete normally, as a {@link HookListener} sees it: it threw, timed
 * out, returned {@code null} where it must not, could not be started, or was abandoned.
 *
 * @param event the event, in kebab-case
 * @param hook the hook class
 * @param consequence what the runtime did about it
 * @param reason a short explanation, for example {@code "threw java.io.IOException: disk full"}
 * @param exception the hook's exception (a {@link HookTimeoutException} for a timeout, and for
 *     a hook that could not be started); empty when the hook did not throw
 * @param took how long the hook ran, when known: always for a timeout, otherwise only when the
 *     listener {@linkplain HookListener#traces() traces}
 */
public record HookFailure(
    String event,
    Class<?> hook,
    Consequence consequence,
    String reason,
    Optional<Throwable> exception,
    Optional<Duration> took) {

  /** What the runtime did about a failed hook, as the event kind's contract says. */
  public enum Consequence {
    /** A before-hook failed: the operation was aborted and the host got a {@link HookAbortedException}. */
    ABORTED("the operation was aborted"),
    /** An after-hook failed: the other hooks still ran and the host call returned normally. */
    ISOLATED("the other hooks still ran and the host call went on"),
    /** A transform hook failed: its input was kept. */
    INPUT_KEPT("its input was kept"),
    /** An async hook was still running when the runtime closed: it was interrupted and given up. */
    ABANDONED("it was still running when the runtime closed and was abandoned");

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
    Objects.requireNonNull(exception, "exception");
    Objects.requireNonNull(took, "took");
  }

  /**
   * Whether a before-hook denied the operation on purpose with a {@link HookRejection}. A
   * rejection thrown by an after- or transform hook is an ordinary failure: there is no operation
   * left to deny.
   */
  public boolean isRejection() {
    return consequence == Consequence.ABORTED && exception.orElse(null) instanceof HookRejection;
  }

  /**
   * Whether the hook ran past its time limit and was interrupted, or was refused a start
   * ({@code maxInFlight}, a closed runtime, a rejecting executor): a {@link HookTimeoutException}.
   */
  public boolean isTimeout() {
    return exception.orElse(null) instanceof HookTimeoutException;
  }

  /** One line for a log: {@code "after-user-create hook com.acme.AfterUserCreate threw ...; ..."}. */
  public String describe() {
    return event + " hook " + hook.getName() + " " + reason + "; " + consequence.description();
  }
}
