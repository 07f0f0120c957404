package dev.hookwire.it.pocketbase;

import java.util.ArrayList;
import java.util.List;

/** A host service the hooks write to through {@code HookContext.service(Journal.class)}. */
public final class Journal {
  private final List<String> lines = new ArrayList<>();

  public synchronized void add(String line) {
    lines.add(line);
  }

  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }
}
