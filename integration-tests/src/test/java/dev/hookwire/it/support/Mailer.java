package dev.hookwire.it.support;

/** An application service a hook of {@code dev.hookwire.it.deps} takes in its constructor. */
public interface Mailer {
  void send(String to, String text);
}
