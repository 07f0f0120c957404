/** Hooks that record their events in {@link dev.hookwire.security.testhooks.Fired}. */
@HookPackage
package dev.hookwire.security.testhooks;

import dev.hookwire.annotations.HookPackage;
