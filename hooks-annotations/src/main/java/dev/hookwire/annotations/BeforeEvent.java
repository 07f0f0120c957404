package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A before-event (merge-on-return): its hooks run in order before the operation, each may return
 * a patch of the entity ({@code void} or {@code null}: no change), and a throw aborts the
 * operation. The catalog method returns the entity type: the host gets the merged entity.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BeforeEvent {}
