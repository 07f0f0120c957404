package com.acme.model;

@dev.hookwire.annotations.Patchable
public record Doc(
    String text,
    boolean applyTo) {} // error: @Patchable record com.acme.model.Doc has a component named applyTo,
