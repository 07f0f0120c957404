package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the hand-written patch of an entity type that {@link Patchable} cannot describe, such as
 * dynamic data (a map of fields): a before-hook of an event on this type may return the patch, and
 * the generated wiring merges it like a generated one.
 *
 * <p>The patch class is public, not generic, and has two public instance methods that declare no
 * checked exception:
 *
 * <ul>
 *   <li>{@code E applyTo(E entity)}: a new entity with the patch's changes; it must never change
 *       its input (the input may be shared), and may return it when the patch changes nothing;
 *   <li>{@code boolean stopsChain()}: whether the hooks after this one, of this event, are skipped.
 * </ul>
 *
 * <pre>{@code
 * @PatchedBy(DataRecordPatch.class)
 * public final class DataRecord { ... }
 * }</pre>
 *
 * The processor checks the patch where the entity type is compiled, and again where a catalog
 * uses it, so a broken patch is a compile error, never a hook that cannot change its entity.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PatchedBy {
  /** The patch class. */
  Class<?> value();
}
