package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package (in its {@code package-info.java}) as a hooks package: every top-level class in
 * it is a hook, validated at compile time against the catalog, and the processor generates
 * {@code HookWiring} in the package.
 *
 * <pre>{@code
 * @HookPackage
 * package com.acme.hooks;
 *
 * import dev.hookwire.annotations.HookPackage;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface HookPackage {
  /**
   * The catalog the hooks are validated against: an interface annotated {@link EventCatalog}.
   * Empty (the default) means the built-in auth catalog {@code dev.hookwire.auth.AuthHooks}.
   */
  Class<?>[] value() default {};
}
