package dev.hookwire.spring.outbox;

import dev.hookwire.outbox.Outbox;
import dev.hookwire.outbox.OutboxWorkers;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the outbox's workers with the application context and stops them with it, letting the
 * deliveries in flight end.
 */
final class OutboxWorkersLifecycle implements SmartLifecycle {
  private final Outbox outbox;
  private final int count;
  private OutboxWorkers workers;

  OutboxWorkersLifecycle(Outbox outbox, int count) {
    this.outbox = outbox;
    this.count = count;
  }

  @Override
  public synchronized void start() {
    if (workers == null) {
      workers = outbox.start(count);
    }
  }

  @Override
  public synchronized void stop() {
    if (workers != null) {
      workers.close();
      workers = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return workers != null;
  }
}
