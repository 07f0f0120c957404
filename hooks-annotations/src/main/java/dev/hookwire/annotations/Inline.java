package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the hook on the caller's thread with no time limit, even where the event has a default
 * ({@code @Timeout} on its catalog method). For hooks that need the caller's thread-locals, such
 * as a transaction or a security context, which a hook run under a time limit (on another thread)
 * does not see. It cannot be combined with {@code @Timeout} or {@code @Async}; on an event without
 * a default it changes nothing, and the processor warns.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Inline {}
