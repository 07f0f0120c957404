package dev.hookwire.spring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the test hooks did, for the tests to read: {@code "package/Hook:detail"} lines. */
public final class Calls {
  private static final List<String> CALLS = new CopyOnWriteArrayList<>();
  private static volatile long asyncDelayMillis;

  private Calls() {}

  public static void record(Class<?> hook, String detail) {
    String pkg = hook.getPackageName();
    CALLS.add(pkg.substring(pkg.lastIndexOf('.') + 1) + "/" + hook.getSimpleName() + ":" + detail);
  }

  public static List<String> all() {
    return List.copyOf(CALLS);
  }

  /** How long the async hook sleeps before it records its call. */
  public static long asyncDelayMillis() {
    return asyncDelayMillis;
  }

  public static void reset(long asyncDelay) {
    CALLS.clear();
    asyncDelayMillis = asyncDelay;
  }
}
