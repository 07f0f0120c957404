package dev.hookwire.runtime.internal;

import dev.hookwire.runtime.HookContext;

/** Not for applications. A hook body that returns nothing, run off the caller's thread. */
@FunctionalInterface
public interface Run<T> {
  void accept(T entity, HookContext ctx) throws Throwable;
}
