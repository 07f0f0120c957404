package com.acme.desk;
@dev.hookwire.annotations.EventCatalog
public interface NoteHooks extends AutoCloseable { // error: @EventCatalog com.acme.desk.NoteHooks inherits the abstract method close() from java.lang.AutoCloseable, which is not one of its events: HookWiring, which implements the catalog, would have no body for it. A catalog declares its events itself; to use several catalogs in one hooks package, name each of them: @HookPackage({A.class, B.class}).
}
