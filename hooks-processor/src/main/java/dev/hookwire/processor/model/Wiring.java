package dev.hookwire.processor.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything {@code HookWiring} is generated from: a pure function of this record.
 *
 * @param packageName the hooks package
 * @param catalogs the catalogs the wiring implements, in the order {@code @HookPackage} names them
 * @param hooksByEvent the hooks of each event by event name, each list in run order
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} is visible
 */
public record Wiring(
    String packageName,
    List<Catalog> catalogs,
    Map<String, List<Hook>> hooksByEvent,
    boolean generatedAnnotation) {
  public Wiring {
    catalogs = List.copyOf(catalogs);
    hooksByEvent = Map.copyOf(hooksByEvent);
  }

  /** A wiring of {@code hooks} in any order: grouped by event once, each group sorted in run order. */
  public static Wiring of(
      String packageName, List<Catalog> catalogs, List<Hook> hooks, boolean generatedAnnotation) {
    Map<String, List<Hook>> byEvent = hooks.stream()
        .sorted()
        .collect(Collectors.groupingBy(
            Hook::event, LinkedHashMap::new, Collectors.toUnmodifiableList()));
    return new Wiring(packageName, catalogs, byEvent, generatedAnnotation);
  }

  /** The hooks of one event, in run order, disabled ones included. */
  public List<Hook> hooksOf(Event event) {
    return hooksByEvent.getOrDefault(event.name(), List.of());
  }
}
