package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs an after-hook on the runtime's executor: the dispatcher does not wait for it, and its
 * failure or timeout is reported like any after-hook's. {@code HookRuntime.close()} waits for the
 * async hooks still running, up to a bound, and reports each one it abandons. Only after-hooks may
 * be async: a before- or transform hook's result is needed before the dispatcher returns.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Async {}
