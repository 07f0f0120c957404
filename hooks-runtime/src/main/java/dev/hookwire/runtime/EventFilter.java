package dev.hookwire.runtime;

/**
 * The condition of a virtual event: the base event's dispatcher runs the virtual event's hooks
 * only when {@link #test} holds. Implementations are named in {@code @VirtualEvent(filter = ...)},
 * must be public with a public no-argument constructor, and must be thread-safe.
 *
 * @param <E> the base event's entity type
 */
@FunctionalInterface
public interface EventFilter<E> {
  boolean test(E entity, HookContext ctx);
}
