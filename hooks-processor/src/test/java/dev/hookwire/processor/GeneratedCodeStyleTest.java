package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden wirings read like hand-written code: lines within 100 columns without trailing
 * spaces, and each hook site's facts (its event and class) written once, in its constant.
 */
class GeneratedCodeStyleTest {
  private static final Pattern HOOK_CLASS_LITERAL = Pattern.compile("\\b([A-Z]\\w*)\\.class\\b");
  private static final Pattern SITE_CLASS =
      Pattern.compile("HookSite\\.of\\(\\s*\"[^\"]*\",\\s*([A-Z]\\w*)\\.class");

  @ParameterizedTest
  @ValueSource(strings = {"com/acme/hooks", "com/acme/desk/hooks", "com/acme/cms/hooks"})
  void linesFitIn100ColumnsWithoutTrailingSpaces(String pkg) {
    List<String> lines = TestCompiler.readResource("expected/" + pkg + "/HookWiring.java")
        .lines()
        .toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      assertWithMessage("line %s: %s", i + 1, line).that(line.length()).isAtMost(100);
      assertWithMessage("line %s has trailing spaces: '%s'", i + 1, line)
          .that(line)
          .isEqualTo(line.stripTrailing());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"com/acme/hooks", "com/acme/desk/hooks", "com/acme/cms/hooks"})
  void eachHookClassLiteralAppearsOnceInItsSiteConstant(String pkg) {
    String wiring = TestCompiler.readResource("expected/" + pkg + "/HookWiring.java");
    // The hook classes (and filters) are the ones a site constant names; other literals (the
    // entity class a durable hook's events are read back as) are not hook classes.
    Matcher sites = SITE_CLASS.matcher(wiring);
    Map<String, Integer> counts = new TreeMap<>();
    while (sites.find()) {
      counts.put(sites.group(1), 0);
    }
    Matcher literals = HOOK_CLASS_LITERAL.matcher(wiring);
    while (literals.find()) {
      counts.computeIfPresent(literals.group(1), (type, count) -> count + 1);
    }
    assertWithMessage("the hook classes").that(counts).isNotEmpty();
    counts.forEach((type, count) ->
        assertWithMessage("%s.class in %s", type, pkg).that(count).isEqualTo(1));
  }
}
