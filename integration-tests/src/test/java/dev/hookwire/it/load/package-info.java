/** Hooks for the load test: they count themselves, and some fail on purpose. */
@HookPackage
package dev.hookwire.it.load;

import dev.hookwire.annotations.HookPackage;
