/**
 * Timeout benchmark, the timed side: one after-user-create hook with a {@code @Timeout}, which the
 * runtime is to run on its executor and interrupt when the time is up. Compare {@code
 * dev.hookwire.bench.hooks.inline}.
 */
@HookPackage
package dev.hookwire.bench.hooks.timed;

import dev.hookwire.annotations.HookPackage;
