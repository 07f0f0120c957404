package dev.hookwire.spring;

/**
 * An application service {@code auth.AfterUserCreate} takes in its constructor: every context of
 * the tests has a bean of it (a no-op in {@link HookwireAutoConfigurationTest#ALL}) but the one
 * that shows what a missing bean does.
 */
@FunctionalInterface
public interface WelcomeMail {
  void send(String email);
}
