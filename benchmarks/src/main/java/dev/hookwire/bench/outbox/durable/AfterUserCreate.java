package dev.hookwire.bench.outbox.durable;

import dev.hookwire.annotations.Durable;
import dev.hookwire.auth.User;
import java.util.concurrent.atomic.AtomicLong;

/** Counts its deliveries: the drain benchmark waits for the count. */
@Durable
public final class AfterUserCreate {
  public static final AtomicLong DELIVERED = new AtomicLong();

  public void handle(User user) {
    DELIVERED.incrementAndGet();
  }
}
