/**
 * The sample app's hooks: Quickback's examples ported to Java. Every top-level class here is a
 * hook named after its event; Hookwire generates {@code HookWiring} in this package.
 */
@HookPackage
package dev.hookwire.sample.hooks;

import dev.hookwire.annotations.HookPackage;
