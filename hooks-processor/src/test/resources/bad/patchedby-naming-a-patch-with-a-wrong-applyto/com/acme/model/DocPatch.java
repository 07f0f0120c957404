package com.acme.model;
public final class DocPatch {
  Object applyTo(Doc doc) throws java.io.IOException { return doc; }
  public Boolean stopsChain() { return false; }
}
