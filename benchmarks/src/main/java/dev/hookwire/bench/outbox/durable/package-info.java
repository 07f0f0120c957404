/** The outbox benchmark's durable hook: recorded in the host's transaction, delivered later. */
@HookPackage
package dev.hookwire.bench.outbox.durable;

import dev.hookwire.annotations.HookPackage;
