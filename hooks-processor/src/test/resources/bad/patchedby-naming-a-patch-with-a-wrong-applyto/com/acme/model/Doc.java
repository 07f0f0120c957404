package com.acme.model;
@dev.hookwire.annotations.PatchedBy(DocPatch.class) // error: @PatchedBy on com.acme.model.Doc names com.acme.model.DocPatch, which is not a valid patch: applyTo(Doc) is not public; applyTo(Doc) throws IOException; applyTo(Doc) returns Object, not Doc; stopsChain() returns Boolean, not boolean.
public final class Doc {}
