package com.acme.model;
public final class Outer {
  @dev.hookwire.annotations.Patchable // error: @Patchable record com.acme.model.Outer.Inner must be a top-level record, so that its patch can sit next to it. Move it to its own file.
  public record Inner(String value) {}
}
