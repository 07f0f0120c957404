package dev.hookwire.security;

import java.util.ArrayList;
import java.util.List;

/** The events the hooks of this package saw, in order. */
public final class Fired {
  private static final List<String> EVENTS = new ArrayList<>();
  private static volatile boolean reject;

  private Fired() {}

  public static synchronized void add(String event) {
    EVENTS.add(event);
    if (reject) {
      throw new dev.hookwire.runtime.HookRejection("No " + event + ".");
    }
  }

  public static synchronized List<String> events() {
    return List.copyOf(EVENTS);
  }

  /** Forgets every event; {@code rejecting} makes every hook reject. */
  public static synchronized void reset(boolean rejecting) {
    EVENTS.clear();
    reject = rejecting;
  }
}
