package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * A time limit. On a catalog method it is the event's default timeout; on a hook class it
 * overrides the event's default for that hook. The value must be positive.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Timeout {
  long value();

  TimeUnit unit() default TimeUnit.MILLISECONDS;
}
