package dev.hookwire.console;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sample input for an event's entity type, to start the page's dry-run editor from: a record
 * becomes an object with every component (a nested record too), a text that looks like an email
 * or a name gets an example, other texts null, numbers 0, booleans false, instants the current
 * second, maps {@code {}} and collections {@code []}. The sample always reads back as the type.
 */
final class Samples {
  /** Records nest this deep at most (a record that holds itself stops here). */
  private static final int MAX_DEPTH = 4;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Samples() {}

  static JsonNode of(Type type) {
    return of(type, "", 0);
  }

  private static JsonNode of(Type type, String name, int depth) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return text(name.toLowerCase(Locale.ROOT));
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return NODES.booleanNode(false);
    }
    if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
      return NODES.numberNode(0);
    }
    if (raw == Instant.class) {
      return NODES.stringNode(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }
    if (raw.isEnum() && raw.getEnumConstants().length > 0) {
      return NODES.stringNode(((Enum<?>) raw.getEnumConstants()[0]).name());
    }
    if (Map.class.isAssignableFrom(raw)) {
      return NODES.objectNode();
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      return NODES.arrayNode();
    }
    if (raw.isRecord() && depth < MAX_DEPTH) {
      ObjectNode object = NODES.objectNode();
      for (RecordComponent component : raw.getRecordComponents()) {
        object.set(
            component.getName(), of(component.getGenericType(), component.getName(), depth + 1));
      }
      return object;
    }
    return NODES.nullNode();
  }

  private static JsonNode text(String name) {
    if (name.contains("email")) {
      return NODES.stringNode("ada@example.com");
    }
    if (name.equals("name")) {
      return NODES.stringNode("Ada Lovelace");
    }
    return NODES.nullNode();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }
}
