package dev.hookwire.outbox;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Worker threads draining an {@link Outbox}: each claims a batch, delivers it, and waits the poll
 * interval when nothing was due. {@link #close()} lets in-flight deliveries end and stops them.
 */
public final class OutboxWorkers implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(OutboxWorkers.class.getName());

  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;
  private final CountDownLatch stopped = new CountDownLatch(1);

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
                  idle(pollInterval);
                }
              } catch (VirtualMachineError fatal) {
                throw fatal;
              } catch (Throwable e) {
                // Not only exceptions: the PostgreSQL driver throws AssertionError from a batch
                // on a connection the database dropped (with -ea). A worker must outlive that.
                LOG.log(
                    Level.WARNING, "Outbox worker failed; trying again after the poll interval", e);
                idle(pollInterval);
              }
            }
          },
          "hookwire-outbox-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  /** Waits the poll interval, or until {@link #close()}: an idle worker never delays a shutdown. */
  private void idle(Duration duration) {
    try {
      if (stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS)) {
        running = false;
      }
    } catch (InterruptedException e) {
      running = false;
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the workers, waiting for in-flight deliveries to end. */
  @Override
  public void close() {
    running = false;
    stopped.countDown();
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
