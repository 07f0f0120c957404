package dev.hookwire.it.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An application service the hooks of {@code dev.hookwire.it.deps} take in their constructors. */
public final class Ledger {
  private final List<String> lines = new CopyOnWriteArrayList<>();

  public void write(String line) {
    lines.add(line);
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }
}
