@dev.hookwire.annotations.HookPackage(com.acme.desk.NoteHooks.class)
package com.acme.desk.hooks;
