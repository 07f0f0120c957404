/**
 * Dispatch benchmark hooks with a constructor dependency: the shape of {@code n3} (3 on {@code
 * before-user-create}, 3 on {@code after-user-create}, 3 on {@code after-admin-user-create}), each
 * hook taking an {@link dev.hookwire.bench.support.Accumulator} by constructor and doing the same
 * work through it. The generated {@code HookWiring} takes a {@code HookDependencies}.
 */
@HookPackage
package dev.hookwire.bench.hooks.deps3;

import dev.hookwire.annotations.HookPackage;
