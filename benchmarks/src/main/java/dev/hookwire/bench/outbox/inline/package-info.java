/** The outbox benchmark's baseline: the same after-hook, run inline. */
@HookPackage
package dev.hookwire.bench.outbox.inline;

import dev.hookwire.annotations.HookPackage;
