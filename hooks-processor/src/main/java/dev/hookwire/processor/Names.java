package dev.hookwire.processor;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Event names: kebab-case ⇄ PascalCase ⇄ camelCase, and the closest known name. */
public final class Names {
  private Names() {}

  /** {@code beforeUserCreate} or {@code BeforeUserCreate} → {@code before-user-create}. */
  public static String kebab(String camelOrPascal) {
    StringBuilder out = new StringBuilder(camelOrPascal.length() + 8);
    for (int i = 0; i < camelOrPascal.length(); i++) {
      char c = camelOrPascal.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && startsWord(camelOrPascal, i)) {
        out.append('-');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  private static boolean startsWord(String s, int i) {
    char previous = s.charAt(i - 1);
    if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
      return true;
    }
    // The last capital of an acronym starts the next word: "HTTPServer" -> "http-server".
    return Character.isUpperCase(previous)
        && i + 1 < s.length()
        && Character.isLowerCase(s.charAt(i + 1));
  }

  /** {@code before-user-create} → {@code BeforeUserCreate}. */
  static String pascal(String kebab) {
    StringBuilder out = new StringBuilder(kebab.length());
    boolean upper = true;
    for (int i = 0; i < kebab.length(); i++) {
      char c = kebab.charAt(i);
      if (c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** {@code before-user-create} → {@code beforeUserCreate}. */
  public static String camel(String kebab) {
    String pascal = pascal(kebab);
    return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
  }

  /** {@code BeforeUserCreate} → {@code beforeUserCreate}. */
  public static String decapitalize(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** Whether {@code name} is a well-formed event name: lowercase words joined by single dashes. */
  static boolean isKebab(String name) {
    return name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  }

  /**
   * The known name closest to {@code query}, compared without case or dashes so that {@code
   * Beforeusercreate} and {@code after-user-creat} both find their event; empty when nothing is
   * close enough to be a plausible typo.
   */
  static Optional<String> closest(String query, Collection<String> known) {
    String compactQuery = compact(query);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = editDistance(compactQuery, compact(candidate));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int tolerance = Math.max(2, compactQuery.length() / 3);
    return bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
  }

  private static String compact(String name) {
    return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
