package dev.hookwire.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * What one dispatch's hooks ran, in order, for the live-switch tests; a hook may be told to wait
 * in it until the test lets it go, so that a test can switch while a dispatch runs. Reached
 * through {@code HookContext.service(Steps.class)}. Thread-safe.
 */
public final class Steps {
  private final List<Class<?>> ran = new ArrayList<>();
  private Class<?> pausing;
  private final CountDownLatch paused = new CountDownLatch(1);
  private final CountDownLatch resume = new CountDownLatch(1);

  /** Makes {@code hook} wait, once it ran, until {@link #resume()}. */
  public synchronized Steps pausingAfter(Class<?> hook) {
    this.pausing = hook;
    return this;
  }

  /** Called by each hook. */
  public void ran(Class<?> hook) throws InterruptedException {
    boolean pause;
    synchronized (this) {
      ran.add(hook);
      pause = hook == pausing;
    }
    if (pause) {
      paused.countDown();
      resume.await();
    }
  }

  /** Waits until the pausing hook is waiting. */
  public void awaitPaused() throws InterruptedException {
    paused.await();
  }

  public void resume() {
    resume.countDown();
  }

  public synchronized List<Class<?>> ran() {
    return List.copyOf(ran);
  }
}
