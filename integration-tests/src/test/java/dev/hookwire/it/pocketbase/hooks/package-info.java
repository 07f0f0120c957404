/**
 * Hooks of a PocketBase-like app, written against {@link
 * dev.hookwire.it.pocketbase.catalog.PocketBaseHooks}: the processor wires them into {@code
 * HookWiring} at test-compile.
 */
@HookPackage(PocketBaseHooks.class)
package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.HookPackage;
import dev.hookwire.it.pocketbase.catalog.PocketBaseHooks;
