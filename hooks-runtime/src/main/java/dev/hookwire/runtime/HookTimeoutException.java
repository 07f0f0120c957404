package dev.hookwire.runtime;

import dev.hookwire.runtime.internal.HookSite;
import java.util.concurrent.TimeUnit;

/**
 * A hook ran past its time limit ({@code @Timeout} or the event's default) and was interrupted,
 * or could not be started (too many hooks still running, a closed runtime, a rejecting
 * executor). It is the cause of the {@link HookAbortedException} of a before-event, and the
 * exception of the {@link HookFailure} an after- or transform event reports.
 */
public final class HookTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String event;
  private final Class<?> hook;
  private final long timeoutMillis;
  private final String what;
  private final transient HookSite site;

  private HookTimeoutException(HookSite site, String what) {
    super(site.event() + " hook " + site.hook().getName() + " " + what);
    this.event = site.event();
    this.hook = site.hook();
    this.timeoutMillis = site.timeoutMillis();
    this.what = what;
    this.site = site;
  }

  HookSite site() {
    return site;
  }

  /** What happened, without the event and hook: "did not finish within 500 ms and was interrupted". */
  String what() {
    return what;
  }

  static HookTimeoutException expired(HookSite site) {
    return new HookTimeoutException(
        site, "did not finish within " + site.timeoutMillis() + " ms and was interrupted");
  }

  /** A timed or async hook refused a start: reported like a timeout, as it never ran. */
  static HookTimeoutException notStarted(HookSite site, String why) {
    return new HookTimeoutException(site, "was not started: " + why);
  }

  public String event() {
    return event;
  }

  /** The hook. */
  public Class<?> hook() {
    return hook;
  }

  /** The time limit; 0 for an {@code @Async} hook without one that could not be started. */
  public long timeout(TimeUnit unit) {
    return unit.convert(timeoutMillis, TimeUnit.MILLISECONDS);
  }
}
