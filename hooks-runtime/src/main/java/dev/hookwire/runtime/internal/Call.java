package dev.hookwire.runtime.internal;

import dev.hookwire.runtime.HookContext;

/** Not for applications. A hook body that returns a value, run off the caller's thread. */
@FunctionalInterface
public interface Call<T, R> {
  R apply(T entity, HookContext ctx) throws Throwable;
}
