package dev.hookwire.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON the processor writes to {@code META-INF/hookwire/<package>.json}: objects (as
 * {@link LinkedHashMap}), arrays (as {@link ArrayList}), strings, numbers (as {@link Double}),
 * {@code true}, {@code false} and {@code null}. The starter does not use Spring Boot's {@code
 * JsonParserFactory}: without Jackson or Gson on the class path (a non-web application) it falls
 * back to {@code BasicJsonParser}, which misreads these descriptions (arrays of objects after an
 * empty array).
 */
final class DescriptionJson {
  private final String text;
  private final String source;
  private int at;

  private DescriptionJson(String text, String source) {
    this.text = text;
    this.source = source;
  }

  /**
   * The object {@code text} holds.
   *
   * @throws IllegalStateException naming {@code source} and the offset when it is not valid JSON
   *     or not an object
   */
  static Map<String, Object> parseObject(String text, String source) {
    DescriptionJson json = new DescriptionJson(text, source);
    Object value = json.value();
    json.skipSpace();
    if (json.at != text.length() || !(value instanceof Map)) {
      throw json.error("one JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) value;
    return object;
  }

  private Object value() {
    skipSpace();
    if (at >= text.length()) {
      throw error("a value");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Map<String, Object> object() {
    Map<String, Object> object = new LinkedHashMap<>();
    at++;
    skipSpace();
    if (peek('}')) {
      return object;
    }
    do {
      skipSpace();
      if (!peek('"')) {
        throw error("a member name");
      }
      at--;
      String name = string();
      skipSpace();
      if (!peek(':')) {
        throw error("':'");
      }
      object.put(name, value());
      skipSpace();
    } while (peek(','));
    if (!peek('}')) {
      throw error("',' or '}'");
    }
    return object;
  }

  private List<Object> array() {
    List<Object> array = new ArrayList<>();
    at++;
    skipSpace();
    if (peek(']')) {
      return array;
    }
    do {
      array.add(value());
      skipSpace();
    } while (peek(','));
    if (!peek(']')) {
      throw error("',' or ']'");
    }
    return array;
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
      } else if (at < text.length()) {
        char e = text.charAt(at++);
        switch (e) {
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw error("four hex digits");
            }
            try {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            } catch (NumberFormatException notHex) {
              throw error("four hex digits");
            }
            at += 4;
          }
          default -> out.append(e); // \" \\ \/
        }
      }
    }
    throw error("the end of the string");
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error(word);
    }
    at += word.length();
    return value;
  }

  private Double number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    try {
      return Double.valueOf(text.substring(start, at));
    } catch (NumberFormatException e) {
      at = start;
      throw error("a value");
    }
  }

  private boolean peek(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalStateException error(String expected) {
    return new IllegalStateException("Hookwire could not read " + source + ": expected " + expected
        + " at offset " + at + "; rebuild the application (a clean build) with hooks-processor");
  }
}
