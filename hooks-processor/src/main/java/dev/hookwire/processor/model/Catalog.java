package dev.hookwire.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An {@code @EventCatalog} interface.
 *
 * @param type the interface
 * @param events its events in declaration order, each virtual event right after its base
 */
public record Catalog(ClassName type, List<Event> events) {
  public Catalog {
    events = List.copyOf(events);
  }

  /** The events the host dispatches: every event that is not virtual. */
  public List<Event> baseEvents() {
    return events.stream().filter(e -> !e.isVirtual()).toList();
  }

  /** The virtual events of each base event, by the base's name, in one pass over the events. */
  public Map<String, List<Event>> virtualsByBase() {
    return events.stream()
        .filter(Event::isVirtual)
        .collect(
            Collectors.groupingBy(e -> e.base().orElseThrow(), Collectors.toUnmodifiableList()));
  }
}
