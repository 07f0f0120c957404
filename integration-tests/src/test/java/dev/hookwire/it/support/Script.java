package dev.hookwire.it.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Tells the hooks of {@code dev.hookwire.it.policies} what to do, and records what they did. A hook
 * finds it with {@code ctx.service(Script.class)} and calls {@link #perform} first thing; the test
 * says per hook class (or per call, with a {@link Planner}) whether to succeed, throw, stop the
 * chain, sleep past its timeout, hang ignoring interruption or block until released.
 *
 * <p>It lives outside the hooks package because every top-level class of a hooks package must be a
 * hook. Thread-safe.
 */
public final class Script {
  /** What a hook does when called. */
  public enum Act {
    /** Returns normally (a before-hook returns its patch). */
    SUCCEED,
    /** Throws a new {@link ScriptedFailure}. */
    THROW,
    /** A before-hook returns its patch with {@code stopChain()}; others just return. */
    STOP_CHAIN,
    /** Sleeps {@link #sleepMillis} and ends early, with {@link InterruptedException}, when interrupted. */
    SLEEP,
    /**
     * Ignores interruption: sleeps in a loop that swallows {@link InterruptedException} until {@link
     * #release()} or {@link #hangMillis} have passed, then returns normally.
     */
    HANG,
    /** Waits for {@link #release()}; ends with {@link InterruptedException} when interrupted. */
    BLOCK
  }

  /** Decides a hook's act per call, for example from the entity's id; null means "ask the per-class acts". */
  @FunctionalInterface
  public interface Planner {
    Act actFor(Class<?> hook, Object input);
  }

  /** One call of a hook: which, on which thread, with what input. */
  public record Call(Class<?> hook, Thread thread, Object input) {}

  private static final Map<Class<?>, AtomicInteger> CONSTRUCTED = new ConcurrentHashMap<>();
  /** The hook whose constructor throws, or null: see {@link #failConstruction}. */
  private static volatile Class<?> failing;

  private final Map<Class<?>, Act> acts = new ConcurrentHashMap<>();
  private volatile Planner planner = (hook, input) -> null;
  private volatile long sleepMillis = 5_000;
  private volatile long hangMillis = 10_000;
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<Call> calls = new ArrayList<>();
  private final Map<Class<?>, AtomicInteger> entered = new ConcurrentHashMap<>();
  private final Map<Class<?>, AtomicInteger> returned = new ConcurrentHashMap<>();
  private final Map<Class<?>, AtomicInteger> threw = new ConcurrentHashMap<>();
  private final Map<Class<?>, AtomicInteger> interrupted = new ConcurrentHashMap<>();
  private final Map<Class<?>, AtomicInteger> ignoredInterrupts = new ConcurrentHashMap<>();
  private final Set<ScriptedFailure> thrown = ConcurrentHashMap.newKeySet();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger maxActive = new AtomicInteger();
  private final AtomicInteger serial = new AtomicInteger();

  // ------------------------------------------------------------------ what the test says

  public Script on(Class<?> hook, Act act) {
    acts.put(Objects.requireNonNull(hook, "hook"), Objects.requireNonNull(act, "act"));
    return this;
  }

  public Script plan(Planner planner) {
    this.planner = Objects.requireNonNull(planner, "planner");
    return this;
  }

  /** How long {@link Act#SLEEP} sleeps when not interrupted. */
  public Script sleepMillis(long millis) {
    this.sleepMillis = millis;
    return this;
  }

  /** The longest {@link Act#HANG} hangs when not released: a safety net so no test leaks a hung thread for long. */
  public Script hangMillis(long millis) {
    this.hangMillis = millis;
    return this;
  }

  /** Lets every {@link Act#HANG} and {@link Act#BLOCK} hook go on. */
  public void release() {
    release.countDown();
  }

  // ------------------------------------------------------------------ what the hooks call

  /** Called by a hook's constructor: counts instances, across all scripts; throws for {@link #failConstruction}. */
  public static void constructed(Class<?> hook) {
    if (hook == failing) {
      throw new IllegalStateException("no connection for " + hook.getSimpleName());
    }
    CONSTRUCTED.computeIfAbsent(hook, h -> new AtomicInteger()).incrementAndGet();
  }

  /** From now on the constructor of {@code hook} throws (null: none); for the wiring's construction tests. */
  public static void failConstruction(Class<?> hook) {
    failing = hook;
  }

  /** How many instances of {@code hook} were ever constructed. */
  public static int constructions(Class<?> hook) {
    AtomicInteger count = CONSTRUCTED.get(hook);
    return count == null ? 0 : count.get();
  }

  /**
   * Records the call and does what the test said.
   *
   * @return whether the hook should stop the chain
   */
  public boolean perform(Class<?> hook, Object input) throws Exception {
    synchronized (calls) {
      calls.add(new Call(hook, Thread.currentThread(), input));
    }
    count(entered, hook);
    int now = active.incrementAndGet();
    maxActive.accumulateAndGet(now, Math::max);
    try {
      Act act = planner.actFor(hook, input);
      if (act == null) {
        act = acts.getOrDefault(hook, Act.SUCCEED);
      }
      switch (act) {
        case THROW -> {
          ScriptedFailure failure = new ScriptedFailure(
              hook.getSimpleName() + " failed (#" + serial.incrementAndGet() + ")");
          thrown.add(failure);
          count(threw, hook);
          throw failure;
        }
        case SLEEP -> interruptibly(hook, () -> Thread.sleep(sleepMillis));
        case BLOCK -> interruptibly(hook, release::await);
        case HANG -> hang(hook);
        case SUCCEED, STOP_CHAIN -> {}
      }
      count(returned, hook);
      return act == Act.STOP_CHAIN;
    } finally {
      active.decrementAndGet();
    }
  }

  private interface Wait {
    void run() throws InterruptedException;
  }

  private void interruptibly(Class<?> hook, Wait wait) throws InterruptedException {
    try {
      wait.run();
    } catch (InterruptedException e) {
      count(interrupted, hook);
      throw e;
    }
  }

  private void hang(Class<?> hook) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(hangMillis);
    while (release.getCount() > 0 && System.nanoTime() < deadline) {
      try {
        release.await(5, TimeUnit.MILLISECONDS);
      } catch (InterruptedException swallowed) {
        count(ignoredInterrupts, hook); // a hook that ignores interruption
      }
    }
  }

  private static void count(Map<Class<?>, AtomicInteger> counts, Class<?> hook) {
    counts.computeIfAbsent(hook, h -> new AtomicInteger()).incrementAndGet();
  }

  private static int get(Map<Class<?>, AtomicInteger> counts, Class<?> hook) {
    AtomicInteger count = counts.get(hook);
    return count == null ? 0 : count.get();
  }

  // ------------------------------------------------------------------ what the test reads

  /** Every call so far, in call order. */
  public List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** The hooks called so far, in call order. */
  public List<Class<?>> called() {
    return calls().stream().<Class<?>>map(Call::hook).toList();
  }

  /** The thread {@code hook} last ran on. */
  public Thread threadOf(Class<?> hook) {
    List<Call> all = calls();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).hook().equals(hook)) {
        return all.get(i).thread();
      }
    }
    throw new AssertionError(hook.getSimpleName() + " was never called");
  }

  /** What {@code hook} was last given. */
  public Object inputOf(Class<?> hook) {
    List<Call> all = calls();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).hook().equals(hook)) {
        return all.get(i).input();
      }
    }
    throw new AssertionError(hook.getSimpleName() + " was never called");
  }

  public int entered(Class<?> hook) {
    return get(entered, hook);
  }

  /** Calls of {@code hook} that returned normally (SUCCEED, STOP_CHAIN, or a HANG that ended). */
  public int returned(Class<?> hook) {
    return get(returned, hook);
  }

  public int threw(Class<?> hook) {
    return get(threw, hook);
  }

  /** Calls of {@code hook} that ended with {@link InterruptedException} (SLEEP or BLOCK). */
  public int interrupted(Class<?> hook) {
    return get(interrupted, hook);
  }

  /** Interrupts {@code hook} swallowed while hanging. */
  public int ignoredInterrupts(Class<?> hook) {
    return get(ignoredInterrupts, hook);
  }

  /** Calls of {@code hook} that have ended one way or another. */
  public int finished(Class<?> hook) {
    return returned(hook) + threw(hook) + interrupted(hook);
  }

  /** Every failure a THROW hook threw. */
  public Set<ScriptedFailure> thrown() {
    return Set.copyOf(thrown);
  }

  /** Hook bodies running now. */
  public int active() {
    return active.get();
  }

  /** The most hook bodies that ever ran at once. */
  public int maxActive() {
    return maxActive.get();
  }

  /** Polls {@code condition} every few milliseconds until it holds or {@code max} has passed. */
  public static boolean eventually(BooleanSupplier condition, Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return condition.getAsBoolean();
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return condition.getAsBoolean();
      }
    }
    return true;
  }

  /** What a hook told to {@link Act#THROW} throws: checked, so after-hooks prove they may throw one. */
  public static final class ScriptedFailure extends Exception {
    private static final long serialVersionUID = 1L;

    ScriptedFailure(String message) {
      super(message);
    }
  }
}
