package dev.hookwire.console;

import dev.hookwire.runtime.internal.Closest;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A dry-run input that does not read as the event's entity, as a {@link ConsoleRequestException}
 * naming the field ({@code input.email}, {@code input.user.createdAt}) and what it expects, in the
 * console's words: Jackson's own messages quote the input and name internals.
 */
final class InputErrors {
  private InputErrors() {}

  static ConsoleRequestException of(DatabindException e, Type root) {
    String path = path(e.getPath());
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> fields =
          unknown.getKnownPropertyIds().stream().map(String::valueOf).toList();
      String hint = Closest.to(unknown.getPropertyName(), fields)
          .map(f -> ": did you mean '" + f + "'?")
          .orElse(".");
      return new ConsoleRequestException(
          "The field '" + path + "' is not a field of "
              + unknown.getReferringClass().getSimpleName() + hint + " Its fields are "
              + String.join(", ", fields) + ".",
          path);
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return new ConsoleRequestException(
          "The field '" + path + "' must be " + expected(mismatch.getTargetType()) + ".", path);
    }
    // A constructor that refused the values (a record's own check): say where, not its message.
    return new ConsoleRequestException(
        "The field '" + path + "' does not make a valid " + DryRuns.typeName(root) + ".", path);
  }

  /** {@code input.user.email}, {@code input.roles[0]}. */
  private static String path(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder("input");
    for (JacksonException.Reference reference : references) {
      if (reference.getPropertyName() != null) {
        path.append('.').append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** What a value of {@code type} looks like in JSON. */
  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == Instant.class) {
      return "an ISO-8601 instant such as \"2026-01-01T00:00:00Z\"";
    }
    if (type.isEnum()) {
      return "one of "
          + String.join(
              ", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    return "an object (" + type.getSimpleName() + ")";
  }
}
