package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Delivers an after-hook after the host's transaction commits, at least once, instead of running
 * it inline. The dispatcher records the event (its name, the entity as JSON, the hook, a stable
 * event id, the time) through the {@code DurableRecorder} in the {@code HookContext}, which writes
 * it in the host's own transaction (the {@code hooks-outbox} module's); workers then run the hook
 * with the recorded entity, retrying with backoff until it succeeds or is dead-lettered. A rolled
 * back write leaves no event. The hook gets the event id as the context metadata {@code
 * "hookwire.event-id"} and must be idempotent with it: a delivery can be repeated after a crash.
 *
 * <p>Only after-hooks (virtual after-events included: their filter decides when the event is
 * recorded) can be durable, and not with {@code @Async}, {@code @Timeout} or {@code @Inline}. The
 * event's entity must be a class without type arguments, read back from its JSON at delivery. A
 * dispatch without a recorder in its context throws instead of dropping the event or running the
 * hook inline.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Durable {}
