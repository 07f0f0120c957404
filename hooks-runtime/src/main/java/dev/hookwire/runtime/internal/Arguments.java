package dev.hookwire.runtime.internal;

import java.util.Map;

/**
 * Not for applications. The constructor arguments of a wiring's enabled hooks, each looked up once
 * in the host's {@code HookDependencies} by {@link Dispatch#arguments}, before any hook is created.
 */
public final class Arguments {
  private final Map<Class<?>, Object> instances;

  /** @param instances an instance of each type an enabled hook takes */
  public Arguments(Map<Class<?>, Object> instances) {
    this.instances = Map.copyOf(instances);
  }

  /**
   * The instance of {@code type}.
   *
   * @throws IllegalStateException when no enabled hook declared it: a bug in the wiring
   */
  public <T> T get(Class<T> type) {
    Object instance = instances.get(type);
    if (instance == null) {
      throw new IllegalStateException("no hook declared a dependency on " + type.getName());
    }
    return type.cast(instance);
  }
}
