/** A second hooks package of the console's tests: one after-user-create hook. */
@HookPackage
package dev.hookwire.console.it.other;

import dev.hookwire.annotations.HookPackage;
