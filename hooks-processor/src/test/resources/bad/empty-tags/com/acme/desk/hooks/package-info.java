@dev.hookwire.annotations.HookPackage(com.acme.desk.DeskHooks.class)
package com.acme.desk.hooks;
