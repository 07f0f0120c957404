package dev.hookwire.runtime.internal;

import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.WiringDescription;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Not for applications: what one generated {@code HookWiring} calls to apply its {@link
 * HookRuntime}'s policies. The wiring gets it once, from {@link HookRuntime#dispatchFor}, and
 * names every hook by its {@link HookSite} constant. Only the runtime implements it.
 *
 * <p>The constructor of the wiring first declares every hook ({@link #declare}), then calls
 * {@link #ready()}, which checks the runtime's switch-offs before any hook is created, then (when
 * its hooks take dependencies) {@link #arguments}, then creates each hook {@link #enabled} says to. Each dispatcher first checks its arguments, then
 * calls {@link #open}.
 */
public abstract class Dispatch {
  /** For the runtime only. */
  protected Dispatch() {}

  /**
   * Declares one hook of the wiring, {@code @Disabled} ones included. (A virtual event's filter is
   * no hook: it has a site, for its reports, but is not declared.)
   */
  public abstract void declare(HookSite site);

  /**
   * Every hook is declared: checks the runtime's switched-off hooks of the wiring's package.
   *
   * @throws IllegalArgumentException when one names no hook of the wiring, naming the closest
   */
  public abstract void ready();

  /**
   * The wiring's hooks can be switched at run time: it keeps them in an immutable snapshot held in
   * a volatile field, which each dispatcher reads once. The runtime calls {@code publish}, under
   * its lock, with which sites are switched off whenever that changes (at once when some already
   * are), and the wiring stores a new snapshot of its created hooks without those. Called once,
   * after the hooks are created.
   */
  public abstract void switchable(Consumer<Predicate<HookSite>> publish);

  /**
   * Looks up, once each, the types the constructors of the declared hooks that will be created
   * take (not a {@code @Disabled} one, nor one the runtime switched off); called after {@link
   * #ready()}, before any hook is created, by a wiring whose hooks take dependencies.
   *
   * @throws dev.hookwire.runtime.MissingHookDependenciesException naming every hook and type
   *     {@code dependencies} has none of
   */
  public abstract Arguments arguments(HookDependencies dependencies);

  /**
   * Whether to create the hook: not switched off with {@code HookRuntime.Builder.disable}, and
   * selected by the test kit's {@code runOnly}. Remembers the site, for {@link #notCreated}.
   */
  public abstract boolean enabled(HookSite site);

  /**
   * The constructor of the hook last asked about in {@link #enabled} threw {@code error}.
   *
   * @return the exception the wiring's constructor throws, naming the hook, with the cause
   */
  public abstract RuntimeException notCreated(Throwable error);

  /**
   * A dispatcher of {@code event} was called.
   *
   * @throws IllegalStateException when the runtime is closed, before any hook runs
   */
  public abstract void open(String event);

  /** Whether the listener hears starts, successes and skips. */
  public abstract boolean traces();

  /** An inline hook is about to run: tells a tracing listener; returns the start time, else 0. */
  public abstract long started(HookSite site);

  /**
   * A timed hook is about to be handed off: the start time for a tracing listener, else 0. Its
   * start is reported by {@link #callWithin} once it is admitted, never when it is refused.
   */
  public abstract long clock();

  /** The hook returned {@code result} (or null). */
  public abstract void succeeded(HookSite site, long start, Object result);

  /** The hook is {@code @Disabled}, or switched off: at startup, or in this dispatch's snapshot. */
  public abstract void skipped(HookSite site);

  /**
   * The hook was not run for {@code reason}; or, when {@code hook} (the wiring's instance) is
   * null, because it was switched off.
   */
  public abstract void skipped(HookSite site, Object hook, String reason);

  /** The hook was not run: the event's tag is not one of its {@code @Tags}. */
  public abstract void skippedByTag(HookSite site, String tag);

  /**
   * A before-hook threw or timed out: reports it, reports the hooks from {@code chain.get(next)}
   * on skipped, and returns the exception the dispatcher throws.
   */
  public abstract RuntimeException aborted(
      HookSite site, long start, Throwable error, List<HookSite> chain, int next);

  /** An after-hook threw or timed out: reports it; throws if the runtime is strict. */
  public abstract void afterFailed(HookSite site, long start, Throwable error);

  /** A transform hook threw or timed out: reports it; throws if the runtime is strict. */
  public abstract void transformFailed(HookSite site, long start, Throwable error);

  /** A transform hook returned null: reports it; throws if the runtime is strict. */
  public abstract void transformReturnedNull(HookSite site, long start);

  /**
   * The filter of a virtual after-event threw: reports it; its hooks are skipped as when it does
   * not hold. Throws if the runtime is strict.
   */
  public abstract void filterFailed(HookSite filter, Throwable error);

  /**
   * The filter of a virtual before-event threw: reports it, reports the hooks from {@code
   * chain.get(next)} on skipped, and returns the exception the dispatcher throws.
   */
  public abstract RuntimeException filterAborted(
      HookSite filter, Throwable error, List<HookSite> chain, int next);

  /**
   * Runs a hook that returns a value off the caller's thread, waiting at most its time limit.
   *
   * @throws dev.hookwire.runtime.HookTimeoutException when the time is up or the hook could not
   *     be started
   * @throws Throwable whatever the hook threw, unchanged
   */
  public abstract <T, R> R callWithin(HookSite site, Call<T, R> call, T entity, HookContext ctx)
      throws Throwable;

  /** Like {@link #callWithin} for a hook that returns nothing. */
  public abstract <T> void runWithin(HookSite site, Run<T> run, T entity, HookContext ctx)
      throws Throwable;

  /** Starts an {@code @Async} after-hook and returns at once; its outcome is reported later. */
  public abstract <T> void runAsync(HookSite site, Run<T> run, T entity, HookContext ctx);

  /**
   * Records the event for its {@code @Durable} hooks {@code sites} (of one event, the enabled
   * ones, in run order) through the context's {@link dev.hookwire.runtime.DurableRecorder}: one
   * event id for all of those that run (not switched off, and of the event's tag).
   *
   * @param hooks the hook of each of {@code sites} in the snapshot the dispatch started with, null
   *     where it is switched off: a switch while the dispatch runs does not change what it records
   * @throws IllegalStateException when one runs and the context has no recorder
   * @throws dev.hookwire.runtime.HookAbortedException when the recorder throws
   */
  public abstract void record(
      Object entity, HookContext ctx, List<HookSite> sites, Object... hooks);

  /** The {@code @Durable} hook of {@code site}, for the wiring's {@code durableHooks()}. */
  public abstract <T> dev.hookwire.runtime.DurableHook<T> durable(
      HookSite site, Class<T> entityType, Run<T> run);

  /**
   * One event of {@code describe()}: its hooks with their policies and whether each runs.
   *
   * @param virtualOf the base event of a virtual event, null for a base event
   */
  public abstract WiringDescription.EventInfo describe(
      String name, WiringDescription.Kind kind, String virtualOf, HookSite... hooks);
}
