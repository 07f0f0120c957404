package dev.hookwire.bench.hooks.inline;

import dev.hookwire.auth.User;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.runtime.HookContext;

/** The same work as {@code timed.AfterUserCreate}, without a timeout. */
public final class AfterUserCreate {
  public void handle(User user, HookContext ctx) {
    Sink.after(user, 1);
  }
}
