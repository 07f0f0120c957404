package dev.hookwire.console;

import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's JSON: one mapper, strict when it reads (an unknown field, a null for a primitive,
 * trailing text or a duplicate key is an error, never a guess), and the field readers of its
 * requests, each refusing with a {@link ConsoleRequestException} that names the field.
 */
final class ConsoleJson {
  /** The deepest nesting a request may have; an entity deeper than this is not an auth entity. */
  static final int MAX_DEPTH = 64;

  /** The longest request text {@link #parse} reads. */
  static final int MAX_LENGTH = 256 * 1024;

  static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(MAX_DEPTH)
              .maxDocumentLength(MAX_LENGTH)
              .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private ConsoleJson() {}

  /** A request body: one JSON object. */
  static JsonNode parse(String body) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(body == null ? "" : body);
    } catch (JacksonException e) {
      // Jackson's own message quotes the text and names its classes: say where, not what it said.
      throw new ConsoleRequestException(
          "The body is not one JSON object" + where(e) + " (at most " + MAX_DEPTH
              + " levels of nesting and " + MAX_LENGTH + " characters).",
          null);
    }
    if (tree == null || tree.isMissingNode() || !tree.isObject()) {
      throw new ConsoleRequestException("The body must be one JSON object.", null);
    }
    return tree;
  }

  private static String where(JacksonException e) {
    if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
      return "";
    }
    return " (line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr() + ")";
  }

  /** {@code request} must be a JSON object. */
  static JsonNode object(JsonNode request) {
    if (request == null || !request.isObject()) {
      throw new ConsoleRequestException("The body must be one JSON object.", null);
    }
    return request;
  }

  /** The non-blank text of field {@code name}; a number is read as its text ({@code "version": 2}). */
  static String text(JsonNode request, String name, String what) {
    JsonNode value = request.get(name);
    if (value == null || value.isNull()) {
      throw new ConsoleRequestException(
          "The field '" + name + "' is required: " + what + ".", name);
    }
    String text = textOf(value, name);
    if (text.isBlank()) {
      throw new ConsoleRequestException(
          "The field '" + name + "' must not be blank: " + what + ".", name);
    }
    return text;
  }

  /** The text of field {@code name}, or null when it is absent or null. */
  static String optionalText(JsonNode request, String name) {
    JsonNode value = request.get(name);
    return value == null || value.isNull() ? null : textOf(value, name);
  }

  private static String textOf(JsonNode value, String path) {
    if (value.isString() || value.isNumber()) {
      return value.asString();
    }
    throw new ConsoleRequestException(
        "The field '" + path + "' must be a string, not " + type(value) + ".", path);
  }

  /** {@code object}, {@code array}, {@code boolean}...: how a message names a JSON value's type. */
  static String type(JsonNode value) {
    return value.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
