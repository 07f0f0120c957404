package com.acme.app;

import java.util.ArrayList;
import java.util.List;

/** Which hooks ran, in order. Not in the hooks package: every class there is a hook. */
public final class Journal {
  private final List<String> entries = new ArrayList<>();

  public synchronized void add(String entry) {
    entries.add(entry);
  }

  @Override
  public synchronized String toString() {
    return entries.toString();
  }
}
