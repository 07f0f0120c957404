/**
 * Timeout benchmark, the timed side: one after-user-create hook with a {@code @Timeout}, which the
 * runtime runs on its executor while the caller waits, at most the time limit. Compare {@code
 * dev.hookwire.bench.hooks.inline}.
 */
@HookPackage
package dev.hookwire.bench.hooks.timed;

import dev.hookwire.annotations.HookPackage;
