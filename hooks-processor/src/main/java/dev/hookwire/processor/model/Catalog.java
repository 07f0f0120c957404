package dev.hookwire.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

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

  public Optional<Event> event(String name) {
    return events.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The events the host dispatches: every event that is not virtual. */
  public List<Event> baseEvents() {
    return events.stream().filter(e -> !e.isVirtual()).toList();
  }

  /** The virtual events derived from {@code base}. */
  public List<Event> virtualsOf(Event base) {
    return events.stream().filter(e -> e.base().filter(base.name()::equals).isPresent()).toList();
  }
}
