/** Hooks that take their services in their constructors, from HookDependencies. */
@HookPackage
package dev.hookwire.it.deps;

import dev.hookwire.annotations.HookPackage;
