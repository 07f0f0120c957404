package com.acme.desk;
final class Outer {
  @dev.hookwire.annotations.EventCatalog public interface NoteHooks {} // error: @EventCatalog com.acme.desk.Outer.NoteHooks must be public, and so must every type it is nested in
}
