package dev.hookwire.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A {@code HookWiring} cannot create its hooks: its {@link HookDependencies} has none of some
 * types their constructors take. Thrown by the wiring's constructor, before any hook is created,
 * with every missing one at once.
 */
public final class MissingHookDependenciesException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * A hook class and a type its constructor takes that the dependencies do not have.
   *
   * @param hook the hook class
   * @param type the type of the constructor's parameter
   */
  public record Missing(Class<?> hook, Class<?> type) {
    public Missing {
      Objects.requireNonNull(hook, "hook");
      Objects.requireNonNull(type, "type");
    }
  }

  private final transient List<Missing> missing;

  /**
   * @param hooksPackage the wiring's hooks package
   * @param missing every missing (hook, type), in the wiring's order; not empty
   */
  public MissingHookDependenciesException(String hooksPackage, List<Missing> missing) {
    super(message(hooksPackage, missing));
    this.missing = List.copyOf(missing);
  }

  /** Every hook class and the type it needs that was missing, in the wiring's order. */
  public List<Missing> missing() {
    return missing;
  }

  private static String message(String hooksPackage, List<Missing> missing) {
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("nothing is missing");
    }
    Map<Class<?>, List<String>> byHook = new LinkedHashMap<>();
    missing.forEach(m ->
        byHook.computeIfAbsent(m.hook(), h -> new ArrayList<>()).add(m.type().getName()));
    String needs = byHook.entrySet().stream()
        .map(e -> e.getKey().getSimpleName() + " needs " + String.join(" and ", e.getValue()))
        .collect(Collectors.joining("; "));
    int hooks = byHook.size();
    return "HookWiring of " + hooksPackage + " cannot create " + hooks
        + (hooks == 1 ? " hook: " : " hooks: ") + needs + " (HookDependencies has "
        + (missing.size() == 1 ? "none" : "none of them") + ")";
  }
}
