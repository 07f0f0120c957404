package dev.hookwire.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's own executor for timed and async hooks: a virtual thread per task on JDK 21 and
 * later, a cached pool of daemon platform threads on JDK 17 to 20. The runtime is compiled for
 * Java 17, so the JDK 21 factory is looked up once, by name, with a method handle.
 */
final class Executors {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private Executors() {}

  static ExecutorService create() {
    ExecutorService virtual = virtualThreadPerTask();
    if (virtual != null) {
      return virtual;
    }
    ThreadFactory daemons = task -> {
      Thread thread = new Thread(task, "hookwire-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    return java.util.concurrent.Executors.newCachedThreadPool(daemons);
  }

  private static ExecutorService virtualThreadPerTask() {
    if (Runtime.version().feature() < 21) {
      return null;
    }
    try {
      MethodHandle factory = MethodHandles.publicLookup()
          .findStatic(
              java.util.concurrent.Executors.class,
              "newVirtualThreadPerTaskExecutor",
              MethodType.methodType(ExecutorService.class));
      return (ExecutorService) factory.invokeExact();
    } catch (Throwable unavailable) {
      return null;
    }
  }
}
