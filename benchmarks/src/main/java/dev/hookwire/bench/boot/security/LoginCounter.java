package dev.hookwire.bench.boot.security;

import java.util.concurrent.atomic.LongAdder;

/** The 8 hooks' constructor dependency: counts what they saw, so their work is not dead code. */
public final class LoginCounter {
  private final LongAdder seen = new LongAdder();

  public void saw(String what) {
    if (what != null) {
      seen.add(what.length());
    }
  }

  public long seen() {
    return seen.sum();
  }
}
