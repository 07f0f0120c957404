package dev.hookwire.console.it.hooks;

import dev.hookwire.auth.Session;

/** Fails every time, with a secret in its message that the console must never show. */
public final class AfterSessionCreate {
  /** The secret the failure's message holds. */
  public static final String SECRET = "password=hunter2";

  public void handle(Session session) {
    throw new IllegalStateException("could not connect with " + SECRET);
  }
}
