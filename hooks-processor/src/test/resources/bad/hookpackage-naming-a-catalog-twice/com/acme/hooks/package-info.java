@dev.hookwire.annotations.HookPackage({dev.hookwire.auth.AuthHooks.class, dev.hookwire.auth.AuthHooks.class}) // error: @HookPackage names dev.hookwire.auth.AuthHooks twice. Name each catalog once.
package com.acme.hooks;
