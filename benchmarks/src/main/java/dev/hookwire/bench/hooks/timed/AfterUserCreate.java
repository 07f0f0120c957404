package dev.hookwire.bench.hooks.timed;

import dev.hookwire.annotations.Timeout;
import dev.hookwire.auth.User;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.runtime.HookContext;
import java.util.concurrent.TimeUnit;

/** The same work as {@code inline.AfterUserCreate}, with a timeout far above what it needs. */
@Timeout(value = 1, unit = TimeUnit.SECONDS)
public final class AfterUserCreate {
  public void handle(User user, HookContext ctx) {
    Sink.after(user, 1);
  }
}
