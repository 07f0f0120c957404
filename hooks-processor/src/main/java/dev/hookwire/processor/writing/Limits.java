package dev.hookwire.processor.writing;

/**
 * How big one generated method or class may grow: the JVM's and HotSpot's limits, in hooks. The
 * writer splits what would exceed them; the reader refuses what cannot be split.
 */
public final class Limits {
  private Limits() {}

  /**
   * The most hooks one generated method calls. An after- or transform event with more (its
   * virtual events' hooks included) runs them in private helper methods of at most this many
   * each: HotSpot does not JIT-compile a method of more than 8,000 bytes of bytecode, and no
   * method may hold more than 64 KB. A before-event cannot be split (a chain stop ends the whole
   * chain), so it has a hard limit instead, {@link #MAX_BEFORE_HOOKS}.
   */
  public static final int HOOKS_PER_METHOD = 32;

  /**
   * The most hooks a before-event (with its virtual events) may have: its hooks run in one
   * method, which javac could not compile much beyond this ("code too large"). The reader reports
   * an error above it.
   */
  public static final int MAX_BEFORE_HOOKS = 300;

  /**
   * Above this many hooks, the hooks' fields and site constants live in nested classes of at most
   * this many each: a constructor and a static initializer hold at most 64 KB of code each.
   */
  public static final int HOOKS_PER_HOLDER = 1000;

  /** The most statements (one per event) in one method of {@code describe()}. */
  public static final int DESCRIBE_STATEMENTS_PER_METHOD = 400;
}
