package com.acme.model;
@dev.hookwire.annotations.Patchable
@dev.hookwire.annotations.PatchedBy(Object.class) // error: com.acme.model.Doc has both @Patchable and @PatchedBy: a type has one patch. Keep @Patchable to have the patch generated, or @PatchedBy to name your own.
public record Doc(String text) {}
