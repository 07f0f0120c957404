package com.acme.desk;
@dev.hookwire.annotations.EventCatalog
public interface NoteHooks<T> {} // error: @EventCatalog com.acme.desk.NoteHooks must not be generic: HookWiring implements it without type arguments, and each event names its own entity type. Remove the type parameters.
