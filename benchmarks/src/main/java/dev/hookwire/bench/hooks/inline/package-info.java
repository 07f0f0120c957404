/**
 * Timeout benchmark, the inline side: one after-user-create hook without a timeout, which runs on
 * the caller's thread. Compare {@code dev.hookwire.bench.hooks.timed}.
 */
@HookPackage
package dev.hookwire.bench.hooks.inline;

import dev.hookwire.annotations.HookPackage;
