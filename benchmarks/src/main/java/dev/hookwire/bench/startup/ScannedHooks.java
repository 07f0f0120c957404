package dev.hookwire.bench.startup;

import dev.hookwire.annotations.Hook;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scanning framework builds at startup instead of generated code: for each event, its hook
 * instances and their {@code handle} methods, found by reflection. The event is the {@code @Hook}
 * value or else comes from the class name, as Hookwire's rule says ({@code Event0042} serves
 * {@code event0042}).
 */
public final class ScannedHooks {
  /** A hook instance and the method to call on it. */
  public record Invoker(Object hook, Method handle) {}

  private final Map<String, List<Invoker>> byEvent = new HashMap<>();
  private int count;

  /** Adds a hook: reads its event and looks up its {@code handle} method. */
  public void add(Object hook) throws NoSuchMethodException {
    Class<?> type = hook.getClass();
    Method handle = null;
    for (Method method : type.getMethods()) {
      if (method.getName().equals("handle")) {
        handle = method;
      }
    }
    if (handle == null) {
      throw new NoSuchMethodException(type.getName() + ".handle");
    }
    Hook named = type.getAnnotation(Hook.class);
    String event = named != null ? named.value() : eventOf(type.getSimpleName());
    byEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(new Invoker(hook, handle));
    count++;
  }

  /** The number of hooks added. */
  public int count() {
    return count;
  }

  public List<Invoker> hooksOf(String event) {
    return byEvent.getOrDefault(event, List.of());
  }

  /** {@code AfterUserCreate} → {@code after-user-create}. */
  static String eventOf(String className) {
    StringBuilder event = new StringBuilder(className.length() + 8);
    for (int i = 0; i < className.length(); i++) {
      char c = className.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        event.append('-');
      }
      event.append(Character.toLowerCase(c));
    }
    return event.toString();
  }
}
