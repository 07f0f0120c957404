package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.runtime.HookRuntime;

/** Creates each contender for the hooks package {@code n<size>} (1, 3 or 8 hooks per event). */
public final class Contenders {
  private Contenders() {}

  /** The generated wiring, as an application creates it: {@code new HookWiring(HookRuntime.defaults())}. */
  public static AuthHooks wiring(int size) {
    return switch (size) {
      case 1 -> new dev.hookwire.bench.hooks.n1.HookWiring(HookRuntime.defaults());
      case 3 -> new dev.hookwire.bench.hooks.n3.HookWiring(HookRuntime.defaults());
      case 8 -> new dev.hookwire.bench.hooks.n8.HookWiring(HookRuntime.defaults());
      default -> throw noSuchPackage(size);
    };
  }

  /** Hand-written direct calls. */
  public static UserHooks direct(int size) {
    return switch (size) {
      case 1 -> new DirectHooks1();
      case 3 -> new DirectHooks3();
      case 8 -> new DirectHooks8();
      default -> throw noSuchPackage(size);
    };
  }

  /** A hand-written loop over interface arrays. */
  public static UserHooks loop(int size) {
    return new LoopHooks(HookSet.of(size));
  }

  public static UserHooks guava(int size) {
    return new GuavaHost(HookSet.of(size));
  }

  public static UserHooks greenrobot(int size) {
    return new GreenrobotHost(HookSet.of(size));
  }

  /** Close it when done: it holds a Spring application context. */
  public static SpringHost spring(int size) {
    return new SpringHost(HookSet.of(size));
  }

  private static IllegalArgumentException noSuchPackage(int size) {
    return new IllegalArgumentException("no dispatch hooks package n" + size + "; there are n1, n3 and n8");
  }
}
