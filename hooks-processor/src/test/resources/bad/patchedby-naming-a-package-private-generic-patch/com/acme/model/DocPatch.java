package com.acme.model;
final class DocPatch<T> {
  public Doc applyTo(Doc doc) { return doc; }
  public boolean stopsChain() { return false; }
}
