package dev.hookwire.runtime;

import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.internal.Closest;
import dev.hookwire.runtime.internal.Dispatch;
import dev.hookwire.runtime.internal.HookSite;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The policies the generated {@code HookWiring} applies: who is told about each hook, what a
 * failure means, where timed and async hooks run, and which hooks are switched off.
 *
 * <pre>{@code
 * AuthHooks hooks = new HookWiring(HookRuntime.defaults());
 * AuthHooks strict = new HookWiring(HookRuntime.builder().strict(true).listener(myListener).build());
 * }</pre>
 *
 * <h2>Where hooks run</h2>
 *
 * A hook without a time limit runs inline on the caller's thread: no hand-off, no allocation. A
 * hook with one ({@code @Timeout}, or the event's default) and an {@code @Async} hook run on the
 * runtime's executor: virtual threads on a JDK that has them, daemon platform threads otherwise,
 * or the executor given to {@link Builder#executor}, in the caller's thread-local context when a
 * {@link Builder#contextPropagator} carries it there. At its time limit a hook is interrupted and
 * the caller goes on at once, whether or not the hook stops; at most {@link Builder#maxInFlight}
 * such hooks may be running at a time (the ones that ignore interruption included), and a hook that
 * would exceed that is not started and is reported like a timeout. So a hung hook never holds the
 * caller past its limit and never makes threads pile up without bound.
 *
 * <h2>Errors</h2>
 *
 * A {@link VirtualMachineError} ({@link OutOfMemoryError}, {@link StackOverflowError}, {@link
 * InternalError}) thrown by a hook is never caught, wrapped or isolated: it propagates to the host
 * unchanged, because the JVM may no longer be able to run anything else correctly (an async
 * hook's is rethrown on its own thread). Every other {@link Throwable}, checked or not, follows the
 * event kind's contract. A hook that throws {@link InterruptedException} has the thread's interrupt
 * status restored.
 *
 * <h2>Switching hooks off</h2>
 *
 * {@link Builder#disable} names a hook by event and class. One runtime may serve several wirings;
 * each checks the switch-offs whose hook class is in its own package (the only wiring that can
 * hold that hook) when it is created, before it creates any hook, and throws {@link
 * IllegalArgumentException} naming the closest hook it has when one names none of its hooks. A
 * switch-off of a class in a package no wiring serves is never checked.
 *
 * <h2>Switching hooks while the service runs</h2>
 *
 * {@link #switchOn}, {@link #switchOff} and {@link #switchHooks} switch hooks the wirings created;
 * {@link #deploy} and {@link #rollback} choose the live version of a hook ({@code @Version}) and
 * record the change in the {@link #history()}. Each is atomic for every dispatch, which runs with
 * the hooks of the moment it started; with {@link Builder#store} the state is shared by every
 * runtime given that store. See {@code docs/operating.md}.
 *
 * <h2>Virtual events' filters</h2>
 *
 * A filter that throws gets its event kind's contract: on a before-event the operation is aborted
 * (a {@link HookAbortedException} whose {@link HookAbortedException#hook()} is the filter, after
 * the base event's hooks ran); otherwise it is reported ({@link HookFailure#hook()} is the filter)
 * and the virtual event's hooks are skipped as when the filter does not hold, the base event's
 * hooks having run.
 *
 * <h2>Calls the wiring refuses</h2>
 *
 * A dispatcher given {@code null} for the entity, the {@link HookContext} or a transform's input
 * throws {@link NullPointerException} naming the parameter, before any hook runs, on every event
 * (with hooks or not, so that adding the first hook never turns a host's bug into an outage).
 *
 * <h2>Closing</h2>
 *
 * {@link #close()} waits for the async hooks still running, up to {@link Builder#closeTimeout},
 * interrupts the rest and reports each one it abandons: none is lost silently. After it, every
 * dispatcher of every wiring of this runtime throws {@link IllegalStateException} naming the event,
 * before any hook runs, whatever the event's kind and its hooks: a host that dispatches after
 * shutdown has a lifecycle bug, and half-running its hooks would hide it.
 */
public final class HookRuntime implements AutoCloseable {
  static final String DISABLED_AT_STARTUP = "disabled at startup";
  static final String NOT_SELECTED = "not selected for this run";
  static final String SWITCHED_OFF = "switched off at run time";

  private final HookListener listener;
  private final boolean strict;
  private final boolean tracing;
  /** The switched-off hooks, by {@link HookSite#key()}. */
  private final Map<String, Disabled> disabled;
  /** The one hook the test kit runs, or null for every hook. */
  private final Class<?> only;

  private final OffThread offThread;
  /** Every site the wirings of this runtime declared, kept only for the test kit ({@link #checkSelected()}). */
  private final List<HookSite> declared = new CopyOnWriteArrayList<>();

  private final LiveSwitches live;
  /** Reads the store's state every {@link Builder#pollEvery}; null without a store. */
  private final ScheduledExecutorService poller;

  private volatile boolean closed;

  /** A hook switched off with {@link Builder#disable}. */
  record Disabled(String event, Class<?> hook) {
    String call() {
      return "disable(\"" + event + "\", " + hook.getSimpleName() + ".class)";
    }
  }

  private HookRuntime(Builder builder) {
    this.listener = builder.listener;
    this.strict = builder.strict;
    this.tracing = builder.listener.traces();
    this.disabled = Map.copyOf(builder.disabled);
    this.only = builder.only;
    this.offThread = new OffThread(
        this,
        builder.executor,
        builder.maxInFlight,
        builder.closeTimeout,
        builder.contextPropagator);
    this.live = new LiveSwitches(this, builder.store);
    this.poller = builder.store == null ? null : startPoller(builder.pollEvery);
  }

  /** A daemon thread that adopts the store's state when another runtime changed it. */
  private ScheduledExecutorService startPoller(Duration every) {
    ScheduledExecutorService executor =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
          Thread thread = new Thread(task, "hookwire-state-poller");
          thread.setDaemon(true);
          return thread;
        });
    long millis = Math.max(1L, every.toMillis());
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            live.refresh();
          } catch (RuntimeException e) {
            // A store that cannot be read now (the database restarting) is read again next time.
            System.getLogger("dev.hookwire")
                .log(Level.WARNING, "HookStateStore.load() threw; the hooks keep their state", e);
          }
        },
        millis,
        millis,
        TimeUnit.MILLISECONDS);
    return executor;
  }

  /**
   * A new runtime with the defaults: failures logged through {@link System.Logger} ({@link
   * HookListener#logging()}), not strict, timed and async hooks on virtual threads where the JDK
   * has them.
   */
  public static HookRuntime defaults() {
    return new Builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether after- and transform-hook failures propagate instead of being isolated. */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Stops the runtime: from now on every dispatcher throws {@link IllegalStateException}. Waits
   * for the async hooks still running up to the close timeout, then interrupts and reports each
   * one left as {@link Consequence#ABANDONED}. Shuts down the runtime's own executor (not one
   * given to the builder). Idempotent.
   */
  @Override
  public void close() {
    closed = true;
    if (poller != null) {
      poller.shutdownNow();
    }
    offThread.close();
  }

  /**
   * Not for applications: the entry point of the generated wiring of {@code hooksPackage}, which
   * calls it once, in its constructor. One runtime may serve several wirings.
   */
  public Dispatch dispatchFor(String hooksPackage) {
    return new WiringDispatch(this, Objects.requireNonNull(hooksPackage, "hooksPackage"));
  }

  /**
   * Switches {@code hook} of {@code event} on while the service runs: the next dispatch runs it.
   *
   * @throws IllegalArgumentException as {@link #switchHooks}
   */
  public void switchOn(String event, Class<?> hook) {
    switchHooks(HookSwitch.on(event, hook));
  }

  /**
   * Switches {@code hook} of {@code event} off while the service runs: the next dispatch skips it
   * ("switched off at run time"); a dispatch already running finishes as it started.
   *
   * @throws IllegalArgumentException as {@link #switchHooks}
   */
  public void switchOff(String event, Class<?> hook) {
    switchHooks(HookSwitch.off(event, hook));
  }

  /** {@link #switchHooks(List)} of {@code switches}. */
  public void switchHooks(HookSwitch... switches) {
    switchHooks(List.of(switches));
  }

  /**
   * Applies {@code switches} together, in order (a later switch of the same hook wins), to every
   * wiring of this runtime that has the hook: a dispatch that starts after this returns sees all
   * of them; one that started before sees none; none sees some. Safe from any thread; concurrent
   * calls are applied one after the other. The listener then hears each switch ({@link
   * HookListener#hookSwitched}). Each wiring's {@code describe()} shows the state.
   *
   * <p>A hook that the wiring never created cannot be switched on: a {@code @Disabled} hook, one
   * switched off with {@link Builder#disable}, one the test kit did not select.
   *
   * @throws IllegalArgumentException before anything changes, when a switch names no hook of this
   *     runtime's wirings (naming the closest) or switches on a hook that was never created
   */
  public void switchHooks(List<HookSwitch> switches) {
    live.apply(List.copyOf(switches), "", "");
  }

  /**
   * {@link #switchHooks(List)}, recording who made the switches and why: each switch that changes
   * a hook's state is a {@link HookChange} of the {@link #history()} ({@code SWITCH_ON} or {@code
   * SWITCH_OFF}), stored with the switches when there is a store. The switches made without a
   * name ({@link #switchOn}, {@link #switchOff}, {@link #switchHooks(List)}) are recorded too,
   * with {@code by} and {@code why} empty.
   *
   * @param by who switches: the principal name the caller gives
   * @param why the reason
   * @throws IllegalArgumentException as {@link #switchHooks(List)}, and when {@code by} or {@code
   *     why} is blank
   */
  public void switchHooks(List<HookSwitch> switches, String by, String why) {
    live.apply(List.copyOf(switches), requireText(by, "by"), requireText(why, "why"));
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("HookRuntime.switchHooks(.., by, why): '" + name
          + "' must say " + (name.equals("by") ? "who" : "why") + ", for the history");
    }
    return value;
  }

  /**
   * Makes version {@code version} of a hook live while the service runs, switching its live
   * version off, together (as one {@link #switchHooks} call), and records the change in the
   * {@link #history()}; the listener hears both switches and the change. Deploying the live
   * version records a change and switches nothing off.
   *
   * @param hook the class of the hook's first version (the one whose {@code @Version} has no
   *     {@code of}), which names the hook
   * @param by who deploys: the principal name the caller gives, for the history
   * @param why the reason, for the history
   * @throws IllegalArgumentException before anything changes, naming the closest, when {@code
   *     event} and {@code hook} name no versioned hook or it has no such version, when the
   *     version was never created, or when {@code by} or {@code why} is blank
   */
  public HookChange deploy(String event, Class<?> hook, String version, String by, String why) {
    return deploy(event, hook.getName(), version, by, why);
  }

  /** {@link #deploy(String, Class, String, String, String)}, the hook named by its class's name. */
  public HookChange deploy(String event, String hook, String version, String by, String why) {
    return live.deploy(
        HookChange.Action.DEPLOY,
        Objects.requireNonNull(event, "event"),
        Objects.requireNonNull(hook, "hook"),
        Objects.requireNonNull(version, "version"),
        by,
        why);
  }

  /**
   * Makes the version that was live before the hook's last change ({@link #deploy} or rollback)
   * live again, as {@link #deploy} does, and records it: rolling back twice returns to where the
   * first rollback started.
   *
   * @throws IllegalStateException when the hook has not changed since the service started
   * @throws IllegalArgumentException as {@link #deploy}
   */
  public HookChange rollback(String event, Class<?> hook, String by, String why) {
    return rollback(event, hook.getName(), by, why);
  }

  /** {@link #rollback(String, Class, String, String)}, the hook named by its class's name. */
  public HookChange rollback(String event, String hook, String by, String why) {
    return live.rollback(
        Objects.requireNonNull(event, "event"), Objects.requireNonNull(hook, "hook"), by, why);
  }

  /** Every deploy and rollback since the runtime was built, oldest first. */
  public List<HookChange> history() {
    return live.history();
  }

  /**
   * The live version of each versioned hook, by {@code event/fully.qualified.FirstVersion}: the
   * build's choice until a {@link #deploy} or {@link #rollback}.
   */
  public Map<String, String> liveVersions() {
    return live.liveVersions();
  }

  /**
   * The hooks switched off at run time, as {@code event/fully.qualified.Hook} keys: what {@link
   * #switchHooks} left off, and the versions of hooks that are not live.
   */
  public Set<String> switchedOff() {
    return live.off();
  }

  // ---------------------------------------------------------------- for WiringDispatch and
  // OffThread

  LiveSwitches live() {
    return live;
  }

  boolean isClosed() {
    return closed;
  }

  boolean tracing() {
    return tracing;
  }

  OffThread offThread() {
    return offThread;
  }

  /** Whether the hook of {@code site} may run: selected, and not switched off. */
  boolean runs(HookSite site) {
    return (only == null || only == site.hook())
        && (disabled.isEmpty() || !disabled.containsKey(site.key()));
  }

  /**
   * Why the hook of {@code site} is not created although not {@code @Disabled}: not selected, or
   * switched off at startup; empty when it is created.
   */
  Optional<String> offReason(HookSite site) {
    if (only != null && only != site.hook()) {
      return Optional.of(NOT_SELECTED);
    }
    return disabled.containsKey(site.key()) ? Optional.of(DISABLED_AT_STARTUP) : Optional.empty();
  }

  /**
   * The wiring of {@code hooksPackage} declared {@code sites}. Rule: a {@link Builder#disable}
   * key is checked by the wiring of its hook class's package, the only one that can hold that
   * hook; it must name one of that wiring's hooks.
   */
  void declared(String hooksPackage, List<HookSite> sites) {
    if (only != null) {
      declared.addAll(sites);
    }
    if (disabled.isEmpty()) {
      return; // the usual startup: nothing to check, so nothing to build once per hook
    }
    Set<String> keys = new HashSet<>();
    sites.forEach(s -> keys.add(s.key()));
    for (Map.Entry<String, Disabled> off : disabled.entrySet()) {
      if (off.getValue().hook().getPackageName().equals(hooksPackage)
          && !keys.contains(off.getKey())) {
        Map<String, String> calls = new HashMap<>();
        sites.forEach(s -> calls.put(s.key(), new Disabled(s.event(), s.hook()).call()));
        String hint = Closest.to(off.getKey(), calls.keySet())
            .map(k -> "did you mean " + calls.get(k) + "?")
            .orElse("it has no hooks");
        throw new IllegalArgumentException(
            "HookRuntime.Builder." + off.getValue().call() + " names no hook of the wiring of "
                + hooksPackage + ": " + hint);
      }
    }
  }

  /**
   * For the test kit, once the wiring is created: the hook it runs alone is one of the wiring's.
   *
   * @throws IllegalArgumentException naming the closest hook when it is not
   */
  void checkSelected() {
    if (only == null || declared.stream().anyMatch(s -> s.hook() == only)) {
      return;
    }
    Set<String> hooks = new TreeSet<>();
    declared.forEach(s -> hooks.add(s.hook().getName()));
    String hint = Closest.to(only.getName(), hooks)
        .map(h -> "did you mean " + h + "?")
        .orElse("it has no hooks");
    throw new IllegalArgumentException(
        "HookTestKit.runOnly(" + only.getName() + ".class): not a hook of the wiring: " + hint);
  }

  /** Tells a tracing listener the hook started; returns the start time, else 0. */
  long reportStarted(HookSite site) {
    if (!tracing) {
      return 0L;
    }
    guard(() -> listener.hookStarted(site.event(), site.hook()));
    return System.nanoTime();
  }

  void reportSucceeded(HookSite site, long start, Object result) {
    if (tracing) {
      Duration took = since(start);
      guard(() -> listener.hookSucceeded(site.event(), site.hook(), result, took));
    }
  }

  void reportChanged(HookChange change) {
    guard(() -> listener.hookChanged(change));
  }

  void reportSwitched(HookSwitch change) {
    guard(() -> listener.hookSwitched(change));
  }

  void reportSkipped(HookSite site, String reason) {
    if (tracing) {
      guard(() -> listener.hookSkipped(site.event(), site.hook(), reason));
    }
  }

  HookFailure failure(
      HookSite site, Consequence consequence, String reason, Throwable error, long start) {
    Duration took = null;
    if (error instanceof HookTimeoutException timeout) {
      took = Duration.ofMillis(timeout.timeout(TimeUnit.MILLISECONDS));
    } else if (start != 0L) {
      took = since(start);
    }
    return new HookFailure(
        site.event(),
        site.hook(),
        consequence,
        reason,
        Optional.ofNullable(error),
        Optional.ofNullable(took));
  }

  static String reasonOf(Throwable error) {
    return error instanceof HookTimeoutException timeout ? timeout.what() : "threw " + error;
  }

  private static Duration since(long start) {
    return start == 0L ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - start);
  }

  void report(HookFailure failure) {
    guard(() -> listener.hookFailed(failure), failure);
  }

  private void guard(Runnable call) {
    guard(call, null);
  }

  /** Calls the listener; a listener's own failure is logged and never changes the outcome. */
  private void guard(Runnable call, HookFailure failure) {
    try {
      call.run();
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable listenerBug) {
      String about = failure == null ? "" : ": " + failure.describe();
      Throwable error = failure == null ? null : failure.exception().orElse(null);
      if (error != null && error != listenerBug) {
        listenerBug.addSuppressed(error); // keep the hook's own trace in the log
      }
      System.getLogger("dev.hookwire")
          .log(
              Level.ERROR,
              "HookListener " + listener.getClass().getName() + " threw" + about,
              listenerBug);
    }
  }

  /** Configures a {@link HookRuntime}. */
  public static final class Builder {
    private HookListener listener = HookListener.logging();
    private boolean strict;
    private final Map<String, Disabled> disabled = new HashMap<>();
    private Class<?> only;
    private Executor executor;
    private int maxInFlight = 256;
    private Duration closeTimeout = Duration.ofSeconds(10);
    private ContextPropagator contextPropagator;
    private HookStateStore store;
    private Duration pollEvery = Duration.ofSeconds(2);

    private Builder() {}

    /**
     * Keeps the hooks' live state (switches, live versions, history) in {@code store}, shared
     * with the other runtimes given it: each change is stored before it takes effect, and this
     * runtime adopts the changes of the others every {@link #pollEvery} (and before each change
     * of its own). Without a store the state lives in this runtime only.
     */
    public Builder store(HookStateStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** How often the runtime reads its {@link #store}'s state. Default 2 seconds. */
    public Builder pollEvery(Duration pollEvery) {
      if (pollEvery.isNegative() || pollEvery.isZero()) {
        throw new IllegalArgumentException("pollEvery must be positive, was " + pollEvery);
      }
      this.pollEvery = pollEvery;
      return this;
    }

    /** Who is told about hooks; default {@link HookListener#logging()}. */
    public Builder listener(HookListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * For tests: when true, a failing after- or transform-hook throws {@link
     * HookAbortedException} out of the dispatcher instead of being isolated. Default false.
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Switches one hook off without deleting it: the wiring never calls it (a tracing listener
     * hears it skipped). Read when the wiring is constructed, which throws {@link
     * IllegalArgumentException}, naming the closest match, when {@code hook}'s package is the
     * wiring's and no hook of {@code event} there is {@code hook}.
     */
    public Builder disable(String event, Class<?> hook) {
      Disabled off = new Disabled(
          Objects.requireNonNull(event, "event"), Objects.requireNonNull(hook, "hook"));
      disabled.put(event + "/" + hook.getName(), off);
      return this;
    }

    /** Runs only {@code hook}: every other hook is switched off, as {@link #disable} does. For the test kit. */
    Builder only(Class<?> hook) {
      this.only = Objects.requireNonNull(hook, "hook");
      return this;
    }

    /**
     * Where timed and async hooks run. Default: a virtual thread per hook on JDK 21 and later,
     * daemon platform threads otherwise. An executor given here is not shut down by {@link
     * HookRuntime#close()}.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * How many timed and async hooks may be running at once, including those that ran past their
     * time limit and ignore interruption; a hook beyond that is not started and is reported like
     * a timeout. Default 256.
     */
    public Builder maxInFlight(int maxInFlight) {
      if (maxInFlight < 1) {
        throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
      }
      this.maxInFlight = maxInFlight;
      return this;
    }

    /** How long {@link HookRuntime#close()} waits for async hooks. Default 10 seconds. */
    public Builder closeTimeout(Duration closeTimeout) {
      if (closeTimeout.isNegative()) {
        throw new IllegalArgumentException(
            "closeTimeout must not be negative, was " + closeTimeout);
      }
      this.closeTimeout = closeTimeout;
      return this;
    }

    /**
     * Carries the caller's thread-local context to timed and async hooks: captured when the hook
     * is handed off, restored around it on its thread. Default none: such a hook sees its
     * thread's own thread-locals, and nothing is captured at dispatch.
     */
    public Builder contextPropagator(ContextPropagator contextPropagator) {
      this.contextPropagator = Objects.requireNonNull(contextPropagator, "contextPropagator");
      return this;
    }

    public HookRuntime build() {
      return new HookRuntime(this);
    }
  }

  /** Lists the keys of the switched-off hooks, for {@link #toString()}. */
  @Override
  public String toString() {
    List<String> off = new ArrayList<>(disabled.keySet());
    off.sort(null);
    return "HookRuntime{strict=" + strict + ", tracing=" + tracing + ", maxInFlight="
        + offThread.maxInFlight() + ", disabled=" + off + ", closed=" + closed + "}";
  }
}
