package dev.hookwire.it.support;

import java.util.concurrent.atomic.LongAdder;

/** What the load package's hooks did, counted by the hooks themselves. Thread-safe. */
public final class LoadCounters {
  public final LongAdder beforeCalls = new LongAdder();
  public final LongAdder afterCalls = new LongAdder();
  public final LongAdder afterThrows = new LongAdder();
  public final LongAdder auditCalls = new LongAdder();
  public final LongAdder sessionCalls = new LongAdder();
  public final LongAdder sessionThrows = new LongAdder();
  public final LongAdder reentries = new LongAdder();
  public final LongAdder transformCalls = new LongAdder();
  public final LongAdder transformThrows = new LongAdder();
}
