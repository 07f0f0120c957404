package dev.hookwire.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.BasicJsonParser;
import org.springframework.boot.json.JsonParserFactory;

/** The starter's reader of the processor's descriptions, which needs no JSON library. */
class DescriptionJsonTest {
  private static String description(String hooksPackage) throws IOException {
    try (InputStream in = DescriptionJsonTest.class
        .getClassLoader()
        .getResourceAsStream("META-INF/hookwire/" + hooksPackage + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsEveryTestDescriptionAsJacksonDoes() throws IOException {
    for (String hooksPackage : List.of(
        "dev.hookwire.spring.auth",
        "dev.hookwire.spring.legacy",
        "dev.hookwire.spring.desk.hooks")) {
      String json = description(hooksPackage);
      assertThat(DescriptionJson.parseObject(json, hooksPackage))
          .as(hooksPackage)
          .isEqualTo(normalised(JsonParserFactory.getJsonParser().parseMap(json)));
    }
  }

  @Test
  void readsWhatSpringBootsBasicParserMisreads() throws IOException {
    String json = description("dev.hookwire.spring.auth");
    Object jackson = normalised(JsonParserFactory.getJsonParser().parseMap(json));
    // Without Jackson or Gson, JsonParserFactory gives BasicJsonParser, which reads it otherwise.
    assertThat(normalised(new BasicJsonParser().parseMap(json))).isNotEqualTo(jackson);
    assertThat(DescriptionJson.parseObject(json, "auth")).isEqualTo(jackson);
  }

  @Test
  void readsEscapesLiteralsAndNumbers() {
    assertThat(DescriptionJson.parseObject(
            "{\"a\": \"x\\\"y\\\\z\\u00e9\\n\", \"b\": [true, false, null, -1.5e2, 7], \"c\": {}}",
            "t"))
        .containsEntry("a", "x\"y\\z\u00e9\n")
        .containsEntry("b", Arrays.asList(true, false, null, -150.0, 7.0))
        .containsEntry("c", Map.of());
  }

  @Test
  void badJsonFailsNamingTheFileTheOffsetAndTheFix() {
    for (String bad :
        List.of("", "[]", "{\"a\": }", "{\"a\": 1", "{\"a\": \"open", "{} x", "{a: 1}")) {
      assertThatThrownBy(() -> DescriptionJson.parseObject(bad, "META-INF/hookwire/x.json"))
          .as(bad)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Hookwire could not read META-INF/hookwire/x.json: expected ")
          .hasMessageContaining(" at offset ")
          .hasMessageEndingWith("rebuild the application (a clean build) with hooks-processor");
    }
  }

  /** Jackson's integers as the reader's doubles. */
  private static Object normalised(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, normalised(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(DescriptionJsonTest::normalised).toList();
    }
    return value instanceof Number n ? n.doubleValue() : value;
  }
}
