package dev.hookwire.outbox;

import dev.hookwire.runtime.DurableHook;
import dev.hookwire.runtime.HookContext;
import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;

/**
 * One recorded event as a worker hands it to a {@link DurableTarget}: its stable id (the
 * idempotency key, the same on every attempt), the event name, the entity as JSON, when it was
 * recorded and which attempt this is.
 */
public final class DurableEvent {
  /** The {@link HookContext} metadata key holding the event id. */
  public static final String EVENT_ID = DurableHook.EVENT_ID;
  /** The {@link HookContext} metadata key holding the event name. */
  public static final String EVENT_NAME = "hookwire.event";
  /** The {@link HookContext} metadata key holding the attempt number, from 1. */
  public static final String ATTEMPT = "hookwire.attempt";

  private final String eventId;
  private final String eventName;
  private final String target;
  private final String json;
  private final Instant recordedAt;
  private final int attempt;
  private final JsonMapper mapper;
  private final HookContext baseContext;

  DurableEvent(
      String eventId,
      String eventName,
      String target,
      String json,
      Instant recordedAt,
      int attempt,
      JsonMapper mapper,
      HookContext baseContext) {
    this.eventId = eventId;
    this.eventName = eventName;
    this.target = target;
    this.json = json;
    this.recordedAt = recordedAt;
    this.attempt = attempt;
    this.mapper = mapper;
    this.baseContext = baseContext;
  }

  /** The stable event id: a UUID, the same on every attempt and for every target of the event. */
  public String eventId() {
    return eventId;
  }

  /** The event name, for example {@code "after-user-create"}. */
  public String eventName() {
    return eventName;
  }

  /** The target this row is for: a hook's class name, or a webhook's {@code "webhook:name"}. */
  public String target() {
    return target;
  }

  /** The entity as recorded, JSON. */
  public String json() {
    return json;
  }

  /** The entity read back from its JSON as the given type. */
  public <T> T entity(Class<T> type) {
    return mapper.readValue(json, type);
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  /** Which delivery this is, from 1. */
  public int attempt() {
    return attempt;
  }

  /**
   * The context to run a hook with: the outbox's base context (the host's services) plus the
   * metadata {@link #EVENT_ID}, {@link #EVENT_NAME} and {@link #ATTEMPT}.
   */
  public HookContext context() {
    return baseContext.toBuilder()
        .metadata(EVENT_ID, eventId)
        .metadata(EVENT_NAME, eventName)
        .metadata(ATTEMPT, Integer.toString(attempt))
        .build();
  }

  @Override
  public String toString() {
    return "DurableEvent{" + eventName + " " + eventId + " -> " + target + ", attempt " + attempt
        + "}";
  }
}
