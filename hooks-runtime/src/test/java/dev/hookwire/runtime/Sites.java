package dev.hookwire.runtime;

import dev.hookwire.runtime.internal.Dispatch;
import dev.hookwire.runtime.internal.HookSite;

/** For the runtime's tests: what the generated wiring hands the runtime, made by hand. */
final class Sites {
  private Sites() {}

  /** The entry point a wiring of a test package would get. */
  static Dispatch at(HookRuntime runtime) {
    return runtime.dispatchFor("dev.hookwire.test");
  }

  /** A hook site with a time limit ({@code 0}: none, as for an async hook without one). */
  static HookSite site(long timeoutMillis, String event, Class<?> hook) {
    return HookSite.of(event, hook).timed(timeoutMillis);
  }
}
