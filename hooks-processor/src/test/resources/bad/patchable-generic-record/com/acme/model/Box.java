package com.acme.model;
@dev.hookwire.annotations.Patchable // error: @Patchable record com.acme.model.Box must not be generic.
public record Box<T>(T value) {}
