package dev.hookwire.bench.support;

import dev.hookwire.auth.User;

/**
 * Where every after-hook writes, so no hook is dead code: each benchmark returns {@link #acc}
 * after dispatching, and JMH consumes it. The update depends on the previous value, the hook and
 * the user, so the JIT cannot drop or reorder hooks; it may still keep {@code acc} in a register
 * across hooks it inlined, which is part of what inlining buys.
 */
public final class Sink {
  /** The running value; single-threaded benchmarks only. */
  public static long acc;

  private Sink() {}

  /** The work of after-hook {@code hook}: a few cycles that read the user. */
  public static void after(User user, int hook) {
    acc = acc * 31 + hook + user.email().length();
  }
}
