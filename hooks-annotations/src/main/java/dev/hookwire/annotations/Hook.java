package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the event a hook class serves, in kebab-case, instead of deriving it from the class name.
 * This lets several hooks serve one event:
 *
 * <pre>{@code
 * @Hook("after-user-create")
 * public final class ProvisionWorkspace { ... }
 * }</pre>
 *
 * <p>The value is checked at compile time like a class name: an unknown event is an error with
 * the closest known event.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Hook {
  /** The event's name in kebab-case, for example {@code "after-user-create"}. */
  String value();
}
