package dev.hookwire.bench.dispatch;

import java.lang.System.Logger.Level;

/**
 * What the hand-written dispatchers do when a hook throws, with the generated contract: an
 * after-hook's failure is logged and isolated, a before-hook's aborts. Never reached in the
 * benchmarks (no hook throws), but present so that the hand-written code is as complete as the
 * generated code it is compared with.
 */
final class Failures {
  private static final System.Logger LOG = System.getLogger("dev.hookwire.bench");

  private Failures() {}

  static void isolated(String event, Object hook, RuntimeException error) {
    LOG.log(Level.ERROR, event + " hook " + hook.getClass().getName() + " failed", error);
  }

  static RuntimeException aborted(String event, Object hook, RuntimeException error) {
    return new IllegalStateException(event + " aborted by " + hook.getClass().getName(), error);
  }
}
