package com.acme.desk;
@dev.hookwire.annotations.EventCatalog
public abstract class NoteHooks {} // error: @EventCatalog com.acme.desk.NoteHooks must be an interface: its methods are the events.
