package dev.hookwire.runtime;

import dev.hookwire.runtime.internal.Run;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Objects;

/**
 * One {@code @Durable} hook of a generated wiring, as the workers that deliver its recorded events
 * run it ({@link DurableWiring#durableHooks()}): its event, its class, the entity type to read the
 * recorded JSON back as, and a call of its {@code handle}.
 *
 * @param <T> the event's entity type
 */
public final class DurableHook<T> {
  /** The {@link HookContext} metadata key holding the event id during a delivery. */
  public static final String EVENT_ID = "hookwire.event-id";

  private final String event;
  private final Class<?> hook;
  private final Class<T> entityType;
  private final Run<T> run;

  DurableHook(String event, Class<?> hook, Class<T> entityType, Run<T> run) {
    this.event = Objects.requireNonNull(event, "event");
    this.hook = Objects.requireNonNull(hook, "hook");
    this.entityType = Objects.requireNonNull(entityType, "entityType");
    this.run = Objects.requireNonNull(run, "run");
  }

  /** The event it serves, in kebab-case (a virtual event's own name). */
  public String event() {
    return event;
  }

  /** The hook class. */
  public Class<?> hook() {
    return hook;
  }

  /** The hook class's name: the name its events are recorded for. */
  public String name() {
    return hook.getName();
  }

  /** The event's entity type, to read a recorded entity back as. */
  public Class<T> entityType() {
    return entityType;
  }

  /**
   * Runs the hook's {@code handle} on the calling thread with a recorded entity. Its exception is
   * thrown unchanged (an undeclared checked {@link Throwable} wrapped), for the caller to retry.
   */
  public void deliver(T entity, HookContext ctx) throws Exception {
    try {
      run.accept(entityType.cast(entity), Objects.requireNonNull(ctx, "ctx"));
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable other) {
      throw new UndeclaredThrowableException(other);
    }
  }

  @Override
  public String toString() {
    return "DurableHook{" + event + "/" + hook.getName() + "}";
  }
}
