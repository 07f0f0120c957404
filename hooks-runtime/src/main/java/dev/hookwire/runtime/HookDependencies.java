package dev.hookwire.runtime;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a generated {@code HookWiring} gets the constructor arguments of hooks that declare a
 * constructor with parameters. A wiring whose package has such hooks takes one in its constructor,
 * {@code new HookWiring(runtime, dependencies)}, looks each dependency of each enabled hook up
 * there once, before it creates any hook, and reports every missing one at once in a {@link
 * MissingHookDependenciesException}. Nothing is looked up when an event is dispatched.
 *
 * <p>Dependencies are found by their exact class: a hook that needs a {@code List<String>} declares
 * a type that holds it instead.
 */
@FunctionalInterface
public interface HookDependencies {

  /**
   * The instance of {@code type} hooks are created with, or empty when this source has none.
   *
   * @throws ClassCastException (or another exception) when the source holds something that is not
   *     a {@code type}; the wiring's constructor lets it through
   */
  <T> Optional<T> find(Class<T> type);

  /**
   * The instances of {@code instances}, each found by its key.
   *
   * @throws IllegalArgumentException when a value is not an instance of its key
   * @throws NullPointerException when a key or a value is null
   */
  static HookDependencies of(Map<Class<?>, ?> instances) {
    Map<Class<?>, Object> copy = Map.copyOf(instances);
    copy.forEach((type, instance) -> {
      if (!type.isInstance(instance)) {
        throw new IllegalArgumentException("HookDependencies.of: the value for " + type.getName()
            + " is a " + instance.getClass().getName() + ", not a " + type.getName());
      }
    });
    return new HookDependencies() {
      @Override
      public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(type.cast(copy.get(type)));
      }

      @Override
      public String toString() {
        return "HookDependencies.of("
            + copy.keySet().stream().map(Class::getName).sorted().toList() + ")";
      }
    };
  }

  /**
   * What {@code lookup} returns for each type; {@code null} means it has none.
   *
   * @throws NullPointerException when {@code lookup} is null
   */
  static HookDependencies from(Function<Class<?>, ?> lookup) {
    Objects.requireNonNull(lookup, "lookup");
    return new HookDependencies() {
      @Override
      public <T> Optional<T> find(Class<T> type) {
        Object found = lookup.apply(type);
        if (found != null && !type.isInstance(found)) {
          throw new ClassCastException("HookDependencies.from: the lookup returned a "
              + found.getClass().getName() + " for " + type.getName());
        }
        return Optional.ofNullable(type.cast(found));
      }
    };
  }

  /** A source with nothing in it: every hook with constructor parameters is missing its. */
  static HookDependencies none() {
    return new HookDependencies() {
      @Override
      public <T> Optional<T> find(Class<T> type) {
        return Optional.empty();
      }

      @Override
      public String toString() {
        return "HookDependencies.none()";
      }
    };
  }
}
