package com.acme.desk;
@dev.hookwire.annotations.EventCatalog
interface NoteHooks {} // error: @EventCatalog com.acme.desk.NoteHooks must be public, and so must every type it is nested in: HookWiring, generated in the hooks package, implements it. Add the public modifier.
