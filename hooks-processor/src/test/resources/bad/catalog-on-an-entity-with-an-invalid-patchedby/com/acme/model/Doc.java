package com.acme.model;
@dev.hookwire.annotations.PatchedBy(DocPatch.class) // error: @PatchedBy on com.acme.model.Doc names com.acme.model.DocPatch, which is not a valid patch: it has no method stopsChain().
public final class Doc {}
