package com.acme.model;
@dev.hookwire.annotations.PatchedBy(DocPatch.class) // error: @PatchedBy on com.acme.model.Doc names com.acme.model.DocPatch, which is not a valid patch: it is not public; it is generic.
public final class Doc {}
