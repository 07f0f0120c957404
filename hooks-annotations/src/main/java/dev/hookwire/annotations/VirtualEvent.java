package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on a catalog method, a virtual event: a filtered view of that (base) event. The
 * generated base dispatcher runs the virtual event's hooks only when the filter holds; the base
 * event's own hooks run every time.
 *
 * <pre>{@code
 * @AfterEvent
 * @VirtualEvent(name = "after-admin-user-create", filter = AdminCreateUserFilter.class)
 * void afterUserCreate(User user, HookContext ctx);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(VirtualEvent.List.class)
public @interface VirtualEvent {
  /** The virtual event's name in kebab-case. */
  String name();

  /**
   * A public class with a public no-argument constructor implementing {@code
   * dev.hookwire.runtime.EventFilter} of the base event's entity type.
   */
  Class<?> filter();

  /** Holds several {@link VirtualEvent}s on one method. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    VirtualEvent[] value();
  }
}
