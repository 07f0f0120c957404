package dev.hookwire.processor.model;

import java.util.List;

/**
 * Everything {@code HookWiring} is generated from: a pure function of this record.
 *
 * @param packageName the hooks package
 * @param catalogs the catalogs the wiring implements, in the order {@code @HookPackage} names them
 * @param hooks the hooks, sorted in run order
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} is visible
 */
public record Wiring(
    String packageName, List<Catalog> catalogs, List<Hook> hooks, boolean generatedAnnotation) {
  public Wiring {
    catalogs = List.copyOf(catalogs);
    hooks = hooks.stream().sorted().toList();
  }

  /** The hooks of one event, in run order, disabled ones included. */
  public List<Hook> hooksOf(Event event) {
    return hooks.stream().filter(h -> h.event().equals(event.name())).toList();
  }
}
