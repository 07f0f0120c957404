package dev.hookwire.console;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The switches made through this console, with who and why, for the history. The runtime's own
 * history ({@code HookRuntime.history()}) records deploys and rollbacks, shared through its store;
 * a live switch carries no principal or reason there, so the console keeps these itself, in this
 * instance's memory: the newest {@link #LIMIT}, lost at a restart.
 */
final class SwitchLog {
  /** How many entries are kept. */
  static final int LIMIT = 500;

  /** One switch made through the console. */
  record Entry(Instant at, boolean on, String event, String hook, String by, String why) {}

  private final Clock clock;
  private final Deque<Entry> entries = new ArrayDeque<>();

  SwitchLog(Clock clock) {
    this.clock = clock;
  }

  synchronized void add(boolean on, String event, String hook, String by, String why) {
    entries.addLast(
        new Entry(clock.instant().truncatedTo(ChronoUnit.MILLIS), on, event, hook, by, why));
    while (entries.size() > LIMIT) {
      entries.removeFirst();
    }
  }

  /** Oldest first. */
  synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }
}
