package dev.hookwire.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the test hooks share with a test: the hooks record each call (and what they were given),
 * and the test tells a hook to throw or to misbehave. Hooks reach it through {@code
 * HookContext.service(Probe.class)}. It lives outside the hooks package, because every top-level
 * class of a hooks package must be a hook. Thread-safe.
 */
public final class Probe {
  /** How a hook is told to misbehave, besides throwing. */
  public enum Misbehaviour {
    /** A transform hook returns {@code null} (the missing-return bug). */
    RETURN_NULL,
    /** A transform hook writes into the input it was given. */
    MUTATE_INPUT,
    /** A transform hook hands back the (read-only) input it was given: "no change". */
    RETURN_INPUT
  }

  private final List<Class<?>> calls = new ArrayList<>();
  private final Map<Class<?>, Object> seen = new ConcurrentHashMap<>();
  private final Map<Class<?>, Throwable> failures = new ConcurrentHashMap<>();
  private final Map<Class<?>, Misbehaviour> misbehaviours = new ConcurrentHashMap<>();

  /** Makes {@code hook} throw {@code error} (an {@link Exception} or an {@link Error}) when called. */
  public Probe failing(Class<?> hook, Throwable error) {
    if (!(error instanceof Exception) && !(error instanceof Error)) {
      throw new IllegalArgumentException(
          "A hook can only throw an Exception or an Error: " + error);
    }
    failures.put(hook, error);
    return this;
  }

  public Probe misbehaving(Class<?> hook, Misbehaviour misbehaviour) {
    misbehaviours.put(hook, misbehaviour);
    return this;
  }

  /**
   * Called first by each hook: records the call and its input, then throws what the test asked
   * for, if anything.
   */
  public void enter(Class<?> hook, Object input) throws Exception {
    synchronized (calls) {
      calls.add(hook);
    }
    if (input != null) {
      seen.put(hook, input);
    }
    Throwable failure = failures.get(hook);
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure instanceof Exception exception) {
      throw exception;
    }
  }

  public Optional<Misbehaviour> misbehaviour(Class<?> hook) {
    return Optional.ofNullable(misbehaviours.get(hook));
  }

  /** The hooks called so far, in call order. */
  public List<Class<?>> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** What {@code hook} was given the last time it was called. */
  public <T> T seen(Class<?> hook, Class<T> type) {
    Object input = seen.get(hook);
    if (input == null) {
      throw new AssertionError(hook.getSimpleName() + " was never called with an input");
    }
    return type.cast(input);
  }
}
