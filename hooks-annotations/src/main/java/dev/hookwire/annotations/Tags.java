package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a hook to some tags of its event (PocketBase's collection names): the hook runs only
 * when the dispatch's {@code HookContext.tag()} is one of these. An untagged hook runs for every
 * tag. Only an event the catalog declares {@link Tagged} carries a tag; {@code @Tags} elsewhere is
 * a compile error.
 *
 * <pre>{@code
 * @Hook("after-record-create")
 * @Tags({"users", "members"})
 * public final class IndexPeople { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Tags {
  /** The tags the hook runs for; at least one, none blank. */
  String[] value();
}
