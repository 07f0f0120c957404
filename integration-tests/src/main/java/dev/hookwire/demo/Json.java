package dev.hookwire.demo;

import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's JSON, on Jackson: {@link #parseObject} reads one object, {@link #write} writes maps,
 * lists, strings, numbers, booleans and null. Parsing is bounded ({@link #MAX_DEPTH} levels of
 * nesting, {@link #MAX_LENGTH} characters) and strict: trailing text and duplicate keys are
 * errors, never guesses.
 */
public final class Json {
  /** The deepest nesting a body may have: the API's bodies are flat objects. */
  public static final int MAX_DEPTH = 32;

  /** The longest text {@link #parseObject} reads; the server refuses larger bodies before that. */
  public static final int MAX_LENGTH = 64 * 1024;

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(MAX_DEPTH)
              .maxDocumentLength(MAX_LENGTH)
              .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Json() {}

  /** Thrown for text that is not one JSON object within the limits; the message is for clients. */
  public static final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    ParseException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Parses a JSON object; nested values come back as maps, lists, strings, numbers, booleans and
   * null.
   */
  public static Map<String, Object> parseObject(String text) throws ParseException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(text);
    } catch (StreamConstraintsException e) {
      throw new ParseException(
          "The body exceeds a limit (at most " + MAX_DEPTH + " levels of nesting and " + MAX_LENGTH
              + " characters).",
          e);
    } catch (JacksonException e) {
      throw new ParseException(
          "The body is not valid JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage(), e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new ParseException("The body is empty; expected a JSON object.", null);
    }
    if (!tree.isObject()) {
      throw new ParseException(
          "The body must be a JSON object, not "
              + tree.getNodeType().name().toLowerCase(Locale.ROOT) + ".",
          null);
    }
    return MAPPER.convertValue(tree, OBJECT);
  }

  /** Writes a map, list, string, number, boolean or null as JSON. */
  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  private static String at(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
