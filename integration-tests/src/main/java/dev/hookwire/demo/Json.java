package dev.hookwire.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the demo's API: {@link #parseObject} reads one object whose values are
 * strings, numbers, booleans, null, or nested objects and arrays; {@link #write} writes maps,
 * lists, strings, numbers, booleans and null. Strict: trailing garbage, bad escapes and
 * unterminated input are errors, never guesses.
 */
public final class Json {
  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /** Thrown for input that is not valid JSON (or not an object at the top). */
  public static final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    ParseException(String message) {
      super(message);
    }
  }

  /** Parses a JSON object; nested values come back as maps, lists, strings, numbers, booleans, null. */
  public static Map<String, Object> parseObject(String text) throws ParseException {
    Json parser = new Json(text);
    parser.skipSpace();
    if (parser.peek() != '{') {
      throw new ParseException("Expected a JSON object");
    }
    Map<String, Object> object = parser.object();
    parser.skipSpace();
    if (parser.pos != text.length()) {
      throw new ParseException("Unexpected text after the JSON object at offset " + parser.pos);
    }
    return object;
  }

  private Object value() throws ParseException {
    skipSpace();
    char c = peek();
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw new ParseException("Unexpected character '" + c + "' at offset " + pos);
    }
  }

  private Map<String, Object> object() throws ParseException {
    expect('{');
    Map<String, Object> object = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return object;
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      expect(':');
      if (object.containsKey(key)) {
        throw new ParseException("Duplicate key \"" + key + "\"");
      }
      object.put(key, value());
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        return object;
      }
    }
  }

  private List<Object> array() throws ParseException {
    expect('[');
    List<Object> array = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return array;
    }
    while (true) {
      array.add(value());
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        return array;
      }
    }
  }

  private String string() throws ParseException {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw new ParseException("Unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw new ParseException("Control character in a string at offset " + (pos - 1));
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw new ParseException("Unterminated escape");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw new ParseException("Short \\u escape");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException bad) {
            throw new ParseException("Bad \\u escape at offset " + pos);
          }
          pos += 4;
        }
        default -> throw new ParseException("Bad escape \\" + e + " at offset " + (pos - 1));
      }
    }
  }

  private Number number() throws ParseException {
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String digits = text.substring(start, pos);
    try {
      if (digits.contains(".") || digits.contains("e") || digits.contains("E")) {
        return Double.parseDouble(digits);
      }
      return Long.parseLong(digits);
    } catch (NumberFormatException bad) {
      throw new ParseException("Bad number \"" + digits + "\" at offset " + start);
    }
  }

  private Object literal(String word, Object value) throws ParseException {
    if (!text.startsWith(word, pos)) {
      throw new ParseException("Unexpected text at offset " + pos);
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) throws ParseException {
    if (peek() != c) {
      throw new ParseException("Expected '" + c + "' at offset " + pos);
    }
    pos++;
  }

  private char peek() throws ParseException {
    if (pos >= text.length()) {
      throw new ParseException("Unexpected end of the JSON text");
    }
    return text.charAt(pos);
  }

  private void skipSpace() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  /** Writes a map, list, string, number, boolean or null as JSON. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      quote(s, out);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(String.valueOf(entry.getKey()), out);
        out.append(':');
        write(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(item, out);
      }
      out.append(']');
    } else {
      quote(value.toString(), out);
    }
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
