package com.acme.model;
@dev.hookwire.annotations.PatchedBy(DocPatch.class) // error: @PatchedBy on com.acme.model.Doc names com.acme.model.DocPatch, which is not a valid patch: it has no method applyTo(Doc); stopsChain() is static. A patch is a public, non-generic type with two public instance methods that throw no checked exception: Doc applyTo(Doc), which returns a new Doc and never changes its input, and boolean stopsChain().
public final class Doc {}
