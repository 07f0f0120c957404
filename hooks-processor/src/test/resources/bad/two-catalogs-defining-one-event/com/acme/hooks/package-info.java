@dev.hookwire.annotations.HookPackage({com.acme.desk.DeskHooks.class, com.acme.desk.OtherHooks.class}) // error: Event 'after-ticket-open' is defined by both com.acme.desk.DeskHooks and com.acme.desk.OtherHooks: a hook class could not tell which it serves. Use one of the catalogs in this package, or rename the event in one of them.
package com.acme.hooks;
