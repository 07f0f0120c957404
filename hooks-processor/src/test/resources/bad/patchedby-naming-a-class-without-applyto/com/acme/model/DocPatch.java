package com.acme.model;
public final class DocPatch {
  public static boolean stopsChain() { return false; }
}
