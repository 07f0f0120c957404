/** The hooks of the desk catalog. */
@HookPackage(dev.hookwire.spring.desk.DeskHooks.class)
package dev.hookwire.spring.desk.hooks;

import dev.hookwire.annotations.HookPackage;
