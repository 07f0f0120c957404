package dev.hookwire.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    return pascal.isEmpty()
        ? pascal
        : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
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

  /**
   * What a user most likely meant by an unknown event name.
   *
   * @param event the known event
   * @param numberedCopy whether the name is the event's with a number appended ({@code
   *     AfterUserCreate2}): a second class for one event, which {@code @Hook} names instead
   */
  record Suggestion(String event, boolean numberedCopy) {}

  /** Words users bring from other platforms, and the words of Hookwire's event names they mean. */
  private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
      Map.entry("on", List.of("after")),
      Map.entry("post", List.of("after")),
      Map.entry("pre", List.of("before")),
      Map.entry("signup", List.of("user", "create")),
      Map.entry("register", List.of("user", "create")),
      Map.entry("registration", List.of("user", "create")),
      Map.entry("created", List.of("create")),
      Map.entry("signin", List.of("login")),
      Map.entry("logon", List.of("login")));

  /** Words of an event name that say when its hooks run. */
  private static final List<String> PHASES = List.of("before", "after", "transform", "resolve");

  private static final Pattern NUMBERED = Pattern.compile("(.*[a-z])[0-9]+");

  /**
   * The known event {@code query} most likely means: the event itself with a number appended (a
   * copied class), the same words in another order or spelled as other platforms do ({@code
   * OnLogin}, {@code AfterSignUp}, {@code UserCreated}), else the closest by edit distance.
   */
  static Optional<Suggestion> suggest(String query, Collection<String> known) {
    String kebab = kebab(query.strip()).toLowerCase(Locale.ROOT);
    Matcher numbered = NUMBERED.matcher(kebab);
    if (numbered.matches() && known.contains(numbered.group(1))) {
      return Optional.of(new Suggestion(numbered.group(1), true));
    }
    List<String> words = normalizedWords(kebab);
    List<String> matches = new ArrayList<>();
    for (String candidate : known) {
      if (sameWords(words, List.of(candidate.split("-")))) {
        matches.add(candidate);
      }
    }
    if (!matches.isEmpty()) {
      return Optional.of(
          new Suggestion(matches.stream().sorted().findFirst().orElseThrow(), false));
    }
    return closest(query, known).map(event -> new Suggestion(event, false));
  }

  /**
   * The words of {@code kebab} with synonyms replaced; "sign up" is one word, and a name without a
   * phase that uses a past participle ({@code user-created}) means the after-event.
   */
  private static List<String> normalizedWords(String kebab) {
    List<String> raw = new ArrayList<>(List.of(kebab.split("[^a-z0-9]+")));
    raw.removeIf(String::isEmpty);
    List<String> words = new ArrayList<>();
    boolean pastParticiple = false;
    for (int i = 0; i < raw.size(); i++) {
      String word = raw.get(i);
      if (i + 1 < raw.size() && (word.equals("sign") || word.equals("log"))) {
        String next = raw.get(i + 1);
        if (next.equals("up") || next.equals("in") || next.equals("on")) {
          word = word + next;
          i++;
        }
      }
      pastParticiple |= word.equals("created");
      words.addAll(SYNONYMS.getOrDefault(word, List.of(word)));
    }
    if (pastParticiple && words.stream().noneMatch(PHASES::contains)) {
      words.add("after");
    }
    return words;
  }

  private static boolean sameWords(List<String> a, List<String> b) {
    return a.size() == b.size()
        && a.stream().sorted().toList().equals(b.stream().sorted().toList());
  }

  /**
   * A character outside ASCII in a name, which looks like the letter or dash a user meant but is
   * not: a Cyrillic {@code е}, a non-breaking hyphen.
   *
   * @param position its position in the name, from 1, in code points
   * @param codePoint the character
   * @param unicodeName its Unicode name, when the JDK knows it
   */
  record Lookalike(int position, int codePoint, Optional<String> unicodeName) {}

  /** The first character of {@code name} outside ASCII, if any. */
  static Optional<Lookalike> lookalike(String name) {
    for (int i = 0, position = 1; i < name.length(); position++) {
      int codePoint = name.codePointAt(i);
      if (codePoint > 0x7F) {
        return Optional.of(
            new Lookalike(position, codePoint, Optional.ofNullable(Character.getName(codePoint))));
      }
      i += Character.charCount(codePoint);
    }
    return Optional.empty();
  }
}
