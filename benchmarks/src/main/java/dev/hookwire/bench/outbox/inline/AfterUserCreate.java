package dev.hookwire.bench.outbox.inline;

import dev.hookwire.auth.User;
import java.util.concurrent.atomic.AtomicLong;

/** Counts its runs, as the durable one counts its deliveries. */
public final class AfterUserCreate {
  public static final AtomicLong RAN = new AtomicLong();

  public void handle(User user) {
    RAN.incrementAndGet();
  }
}
