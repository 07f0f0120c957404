package dev.hookwire.console.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the test hooks did, for the tests to check: each hook that runs adds a line. The hooks get
 * it as a constructor dependency, as a host's hooks get a database.
 */
public final class Journal {
  private final List<String> lines = new CopyOnWriteArrayList<>();

  public void add(String line) {
    lines.add(line);
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }
}
