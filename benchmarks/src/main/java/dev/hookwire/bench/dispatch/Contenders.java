package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.runtime.HookRuntime;
import java.util.List;

/**
 * Creates each contender for the hooks package {@code n<size>} (1, 3 or 8 hooks per event), every
 * one an {@link AuthHooks} the host calls the same way.
 */
public final class Contenders {
  /** The contenders' names, as the dispatch benchmark's {@code via} parameter spells them. */
  public static final List<String> NAMES =
      List.of("direct", "loop", "wiring", "guava", "greenrobot", "spring");

  private Contenders() {}

  /** The contender {@code name} (one of {@link #NAMES}); close it when done if it is {@link AutoCloseable}. */
  public static AuthHooks of(String name, int size) {
    return switch (name) {
      case "direct" -> direct(size);
      case "loop" -> loop(size);
      case "wiring" -> wiring(size);
      case "guava" -> guava(size);
      case "greenrobot" -> greenrobot(size);
      case "spring" -> spring(size);
      default ->
        throw new IllegalArgumentException("no contender " + name + "; there are " + NAMES);
    };
  }

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
  public static AuthHooks direct(int size) {
    return switch (size) {
      case 1 -> new DirectHooks1();
      case 3 -> new DirectHooks3();
      case 8 -> new DirectHooks8();
      default -> throw noSuchPackage(size);
    };
  }

  /** A hand-written loop over interface arrays. */
  public static AuthHooks loop(int size) {
    return new LoopHooks(HookSet.of(size));
  }

  public static AuthHooks guava(int size) {
    return new GuavaHost(HookSet.of(size));
  }

  public static AuthHooks greenrobot(int size) {
    return new GreenrobotHost(HookSet.of(size));
  }

  /** Close it when done: it holds a Spring application context. */
  public static SpringHost spring(int size) {
    return new SpringHost(HookSet.of(size));
  }

  private static IllegalArgumentException noSuchPackage(int size) {
    return new IllegalArgumentException(
        "no dispatch hooks package n" + size + "; there are n1, n3 and n8");
  }
}
