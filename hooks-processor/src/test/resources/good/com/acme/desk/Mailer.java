package com.acme.desk;

/** A service hooks take in their constructors. */
public interface Mailer {
  void send(String to, String text);
}
