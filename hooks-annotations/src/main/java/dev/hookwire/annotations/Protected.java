package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component that no hook may change: the generated patch has no setter for it, so a
 * hook that tries does not compile. In a Kotlin {@code @Patchable} data class it goes on the
 * property in the primary constructor ({@code data class User(@Protected val id: String, ...)}),
 * which Kotlin puts on the constructor parameter; elsewhere on a parameter it means nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Protected {}
