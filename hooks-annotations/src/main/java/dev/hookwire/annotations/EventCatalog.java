package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as an event catalog: the fixed set of events a host fires.
 *
 * <p>Each abstract method is one event and the dispatcher the host calls. It takes the event's
 * entity and a {@code dev.hookwire.runtime.HookContext}, carries exactly one kind annotation
 * ({@link BeforeEvent}, {@link AfterEvent} or {@link TransformEvent}), and its name in camelCase is
 * the event name in kebab-case and the hook class name in PascalCase:
 *
 * <pre>{@code
 * beforeUserCreate  <->  before-user-create  <->  class BeforeUserCreate
 * }</pre>
 *
 * <p>The processor reads a catalog from source or from a class file, so a host can publish its
 * catalog in a library jar.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventCatalog {}
