package com.acme.model;
@dev.hookwire.annotations.PatchedBy(Object.class) // error: @PatchedBy on com.acme.model.Box: a patched type must not be generic, since its patch's applyTo takes and returns exactly that type. Remove the type parameters.
public final class Box<T> {}
