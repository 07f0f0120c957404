package dev.hookwire.outbox;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Worker threads draining an {@link Outbox}: each claims a batch, delivers it, and waits the poll
 * interval when nothing was due. {@link #close()} lets in-flight deliveries end and stops them.
 */
public final class OutboxWorkers implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(OutboxWorkers.class.getName());

  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  OutboxWorkers(Outbox outbox, int count, Duration pollInterval) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
    for (int i = 0; i < count; i++) {
      Thread thread = new Thread(
          () -> {
            while (running) {
              try {
                if (outbox.drainOnce() == 0) {
                  Thread.sleep(pollInterval.toMillis());
                }
              } catch (InterruptedException e) {
                return;
              } catch (RuntimeException e) {
                LOG.log(
                    Level.WARNING, "Outbox worker failed; trying again after the poll interval", e);
                sleep(pollInterval);
              }
            }
          },
          "hookwire-outbox-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  private void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      running = false;
    }
  }

  /** Stops the workers, waiting for in-flight deliveries to end. */
  @Override
  public void close() {
    running = false;
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
