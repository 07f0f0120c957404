package com.acme.desk;
@dev.hookwire.annotations.EventCatalog
public interface NoteHooks extends Named { // error: @EventCatalog com.acme.desk.NoteHooks inherits from com.acme.desk.Named the method describe(), which HookWiring generates itself to list its events and hooks. Rename the method.
}
