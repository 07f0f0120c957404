package dev.hookwire.runtime;

import java.util.concurrent.TimeUnit;

/**
 * A hook ran past its time limit ({@code @Timeout} or the event's default) and was interrupted,
 * or could not be started because too many hooks were still running past theirs. It is the cause
 * of the {@link HookAbortedException} of a before-event, and the error of the {@link HookFailure}
 * an after- or transform event reports.
 */
public final class HookTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String event;
  private final String hook;
  private final long timeoutMillis;
  private final String what;

  HookTimeoutException(String event, Class<?> hook, long timeoutMillis, String what) {
    super(event + " hook " + hook.getName() + " " + what);
    this.event = event;
    this.hook = hook.getName();
    this.timeoutMillis = timeoutMillis;
    this.what = what;
  }

  /** What happened, without the event and hook: "did not finish within 500 ms and was interrupted". */
  String what() {
    return what;
  }

  static HookTimeoutException expired(String event, Class<?> hook, long timeoutMillis) {
    return new HookTimeoutException(
        event, hook, timeoutMillis, "did not finish within " + timeoutMillis + " ms and was interrupted");
  }

  static HookTimeoutException notStarted(String event, Class<?> hook, long timeoutMillis, String why) {
    return new HookTimeoutException(event, hook, timeoutMillis, "was not started: " + why);
  }

  public String event() {
    return event;
  }

  /** The hook's fully qualified class name. */
  public String hook() {
    return hook;
  }

  /** The time limit in milliseconds. */
  public long timeout(TimeUnit unit) {
    return unit.convert(timeoutMillis, TimeUnit.MILLISECONDS);
  }
}
