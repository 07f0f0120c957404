package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transform event (replace): each hook returns a replacement value, chained in order. A throw or
 * a {@code null} return keeps the input and is reported. Hooks receive an unmodifiable view of
 * collection inputs. The catalog method returns the entity type.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TransformEvent {}
