package dev.hookwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.Session;
import dev.hookwire.auth.User;
import dev.hookwire.it.load.AfterSessionCreate;
import dev.hookwire.it.load.AfterUserCreate;
import dev.hookwire.it.load.HookWiring;
import dev.hookwire.it.load.TransformCustomUserData;
import dev.hookwire.it.support.LoadCounters;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * 8 threads fire a mix of events (a merging before-event, after-events with failing and
 * re-entering hooks, a timed transform) at one wiring; every hook invocation is counted by the
 * hook itself and every failure by the listener, and both must match what the dispatch numbers
 * say exactly. The normal run
 * does 8 x 25,000 dispatches; {@code mvn verify -Pload} does 8 x 1,000,000 and prints the figures.
 */
class LoadTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = Integer.getInteger("hookwire.load.dispatches", 25_000);

  /** Counts failures per (hook, consequence); never allocates on the success path. */
  private static final class CountingListener implements HookListener {
    final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    @Override
    public void hookFailed(HookFailure failure) {
      failures
          .computeIfAbsent(
              failure.hook().getSimpleName() + "/" + failure.consequence(), k -> new LongAdder())
          .increment();
    }

    long count(Class<?> hook, Consequence consequence) {
      LongAdder adder = failures.get(hook.getSimpleName() + "/" + consequence);
      return adder == null ? 0 : adder.sum();
    }
  }

  @Test
  void everyInvocationIsAccountedForExactlyOnceAndMemoryStaysFlat() throws Exception {
    LoadCounters counters = new LoadCounters();
    CountingListener listener = new CountingListener();
    long transforms = 0;
    long heapBefore = usedHeapAfterGc();
    long startNanos = System.nanoTime();
    try (HookRuntime runtime = HookRuntime.builder().listener(listener).build()) {
      HookWiring wiring = new HookWiring(runtime);
      HookContext ctx = HookContext.builder()
          .path("/sign-up")
          .service(LoadCounters.class, counters)
          .service(AuthHooks.class, wiring)
          .build();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<Long>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(pool.submit(() -> fire(wiring, ctx, thread)));
      }
      for (Future<Long> worker : workers) {
        transforms += worker.get(10, TimeUnit.MINUTES); // bounded: a deadlock fails the test
      }
      pool.shutdown();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
    long heapAfter = usedHeapAfterGc();

    long dispatches = (long) THREADS * PER_THREAD;
    // What the hooks must have seen, counted from the ids alone (see fire()).
    long sessions = THREADS * count(i -> i % 4 == 1);
    long reentries = THREADS * count(i -> i % 4 == 1 && i % 10 == 3);
    assertEquals(reentries, counters.reentries.sum());
    assertEquals(
        THREADS * count(i -> i % 10 == 7), counters.afterThrows.sum(), "one user in ten fails");
    assertEquals(THREADS * count(i -> i % 4 == 1 && i % 10 == 9), counters.sessionThrows.sum());
    assertEquals(THREADS * count(i -> i % 8 == 5 && i % 10 == 5), counters.transformThrows.sum());
    assertEquals(THREADS * count(i -> i % 8 == 5), transforms);
    assertEquals(dispatches, counters.beforeCalls.sum());
    assertEquals(
        dispatches + reentries,
        counters.afterCalls.sum(),
        "after-user-create ran once per dispatch and per re-entry");
    assertEquals(
        dispatches + reentries,
        counters.auditCalls.sum(),
        "the second hook ran every time, failures or not");
    assertEquals(
        counters.afterThrows.sum(), listener.count(AfterUserCreate.class, Consequence.ISOLATED));
    assertEquals(sessions, counters.sessionCalls.sum());
    assertEquals(
        counters.sessionThrows.sum(),
        listener.count(AfterSessionCreate.class, Consequence.ISOLATED));
    assertEquals(transforms, counters.transformCalls.sum());
    assertEquals(
        counters.transformThrows.sum(),
        listener.count(TransformCustomUserData.class, Consequence.INPUT_KEPT));
    assertTrue(
        heapAfter - heapBefore < 64L * 1024 * 1024,
        () -> "used heap grew by " + (heapAfter - heapBefore) / 1024 + " KiB");
    System.out.printf(
        "LoadTest: %d threads x %d dispatches in %d ms (%.0f dispatches/s); after-hook failures %d, session failures %d,"
            + " transform failures %d, re-entries %d; used heap after GC %d KiB -> %d KiB%n",
        THREADS,
        PER_THREAD,
        took.toMillis(),
        dispatches / (took.toNanos() / 1e9),
        counters.afterThrows.sum(),
        counters.sessionThrows.sum(),
        counters.transformThrows.sum(),
        reentries,
        heapBefore / 1024,
        heapAfter / 1024);
  }

  /** How many of one worker's dispatch numbers match. */
  private static long count(java.util.function.IntPredicate matches) {
    return java.util.stream.IntStream.range(0, PER_THREAD).filter(matches).count();
  }

  /** One worker's share; returns how many transforms it fired. */
  private static long fire(AuthHooks hooks, HookContext ctx, int thread) {
    long transforms = 0;
    for (int i = 0; i < PER_THREAD; i++) {
      String id = thread + "-" + i;
      User stored = hooks.beforeUserCreate(
          new User(id, "N", "Mixed@Case.Test", false, null, null, null), ctx);
      if (!stored.email().equals("mixed@case.test")) {
        throw new AssertionError("not merged: " + stored);
      }
      hooks.afterUserCreate(stored, ctx);
      // Session ids end in an odd digit: 3 re-enters the dispatcher, 9 throws.
      if (i % 4 == 1) {
        hooks.afterSessionCreate(
            new Session("s" + id, id, "t", null, null, null, null, null, null), ctx);
      }
      // Transform subs end in 5, 3, 1, 9, 7: one in five throws.
      if (i % 8 == 5) {
        transforms++;
        Map<String, String> claims = hooks.transformCustomUserData(Map.of("sub", id), ctx);
        if (!claims.containsKey("sub")) {
          throw new AssertionError("lost the input: " + claims);
        }
      }
    }
    return transforms;
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
