package dev.hookwire.spring;

import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.WiringDescription;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated wirings of the application, found from what the processor wrote at compile time:
 * every {@value #INDEX} on the class path (one wiring class name per line) and, for each wiring,
 * its {@code META-INF/hookwire/<hooks package>.json} description. No class or package is scanned.
 *
 * <p>Public for the starter's own auto-configurations in other packages (the console); not an API
 * for applications.
 */
public final class Wirings {
  static final String INDEX = "META-INF/hookwire/wirings";

  /**
   * One wiring.
   *
   * @param type the generated class
   * @param hooksPackage its package
   * @param hooksByEvent per kebab-case event name, the hook class names in run order
   */
  public record Wiring(Class<?> type, String hooksPackage, Map<String, List<String>> hooksByEvent) {

    /** The generated {@code describe()} of {@code bean}: every wiring has it, no interface declares it. */
    public WiringDescription describe(Object bean) {
      try {
        return (WiringDescription) type.getMethod("describe").invoke(bean);
      } catch (NoSuchMethodException | IllegalAccessException e) {
        throw new IllegalStateException(
            type.getName() + " has no public describe(): rebuild it with hooks-processor", e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(
            type.getName() + ".describe() threw " + e.getCause(), e.getCause());
      }
    }

    /**
     * A new instance of the wiring on {@code runtime}, through its generated constructor: {@code
     * (HookRuntime, HookDependencies)} when its hooks take constructor arguments, else {@code
     * (HookRuntime)}. What the constructor throws (a hook's failing constructor, a missing
     * dependency) is thrown as it is.
     */
    public Object create(HookRuntime runtime, HookDependencies dependencies) {
      try {
        try {
          return type.getConstructor(HookRuntime.class, HookDependencies.class)
              .newInstance(runtime, dependencies);
        } catch (NoSuchMethodException noDependencies) {
          return type.getConstructor(HookRuntime.class).newInstance(runtime);
        }
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException thrown) {
          throw thrown;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(type.getName() + "'s constructor threw", e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            type.getName() + " has no public (HookRuntime[, HookDependencies]) constructor:"
                + " rebuild it with hooks-processor",
            e);
      }
    }
  }

  private final List<Wiring> all;
  private final ClassLoader loader;

  private Wirings(List<Wiring> all, ClassLoader loader) {
    this.all = List.copyOf(all);
    this.loader = loader;
  }

  /** Every wiring listed on {@code loader}'s class path, in class path then index order. */
  static Wirings find(ClassLoader loader) {
    Map<String, URL> listed = new LinkedHashMap<>();
    try {
      Enumeration<URL> indexes = loader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        for (String line : read(index).split("\n")) {
          String name = line.strip();
          if (!name.isEmpty()) {
            listed.putIfAbsent(name, index);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Hookwire could not read " + INDEX, e);
    }
    List<Wiring> wirings = new ArrayList<>();
    listed.forEach((name, index) -> wirings.add(load(name, index, loader)));
    return new Wirings(wirings, loader);
  }

  /** Every wiring, in class path then index order. */
  public List<Wiring> all() {
    return all;
  }

  /** The class loader the wirings were found with, which loads their hooks. */
  ClassLoader loader() {
    return loader;
  }

  private static Wiring load(String name, URL index, ClassLoader loader) {
    Class<?> type;
    try {
      type = Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          "Hookwire: " + index + " lists the wiring " + name
              + ", which is not on the class path: rebuild the application (a clean build) so that the"
              + " index and the classes match",
          e);
    }
    String hooksPackage = type.getPackageName();
    String description = "META-INF/hookwire/" + hooksPackage + ".json";
    URL json = loader.getResource(description);
    if (json == null) {
      throw new IllegalStateException("Hookwire: the wiring " + name + " has no " + description
          + " beside it: rebuild the application (a clean build) with hooks-processor");
    }
    return new Wiring(
        type, hooksPackage, hooksByEvent(DescriptionJson.parseObject(read(json), json.toString())));
  }

  private static Map<String, List<String>> hooksByEvent(Map<String, Object> description) {
    Map<String, List<String>> byEvent = new LinkedHashMap<>();
    for (Object event : (List<?>) description.get("events")) {
      Map<?, ?> fields = (Map<?, ?>) event;
      List<String> hooks = new ArrayList<>();
      for (Object hook : (List<?>) fields.get("hooks")) {
        hooks.add((String) ((Map<?, ?>) hook).get("type"));
      }
      byEvent.put((String) fields.get("name"), List.copyOf(hooks));
    }
    return byEvent;
  }

  private static String read(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Hookwire could not read " + url, e);
    }
  }
}
