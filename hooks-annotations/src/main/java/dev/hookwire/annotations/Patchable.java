package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates {@code <Record>Patch} for a record: {@code of()}, one fluent setter per component not
 * annotated {@link Protected}, and {@code applyTo(record)} returning a new record with the set
 * components replaced. A before-hook returns a patch to change the entity.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Patchable {}
