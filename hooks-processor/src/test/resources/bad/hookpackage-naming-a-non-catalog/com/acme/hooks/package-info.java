@dev.hookwire.annotations.HookPackage(String.class) // error: @HookPackage names java.lang.String, which is not an interface annotated @EventCatalog. Name a catalog interface, or leave @HookPackage empty for the built-in dev.hookwire.auth.AuthHooks.
package com.acme.hooks;
