package dev.hookwire.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.json.JsonParserFactory;

/** What makes the jar a starter: its auto-configuration imports and its configuration metadata. */
class StarterPackagingTest {

  @Test
  void registersTheAutoConfigurationsForSpringBootToImport() {
    List<String> imported = ImportCandidates.load(
            AutoConfiguration.class, getClass().getClassLoader())
        .getCandidates();
    assertThat(imported)
        .contains(
            HookwireAutoConfiguration.class.getName(),
            HookwireMetricsAutoConfiguration.class.getName(),
            HookwireEndpointAutoConfiguration.class.getName(),
            HookwireContextPropagationAutoConfiguration.class.getName(),
            HookwireWebAutoConfiguration.class.getName());
  }

  @Test
  @SuppressWarnings("unchecked")
  void shipsConfigurationMetadataForEveryHookwireProperty() throws IOException {
    try (InputStream in = getClass()
        .getClassLoader()
        .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      Map<String, Object> metadata = JsonParserFactory.getJsonParser()
          .parseMap(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<Map<String, Object>> properties = (List<Map<String, Object>>) metadata.get("properties");
      assertThat(properties)
          .extracting(p -> p.get("name"))
          .contains(
              "hookwire.strict",
              "hookwire.max-in-flight",
              "hookwire.close-timeout",
              "hookwire.disabled",
              "hookwire.primary",
              "hookwire.context-propagation");
      assertThat(properties)
          .filteredOn(p -> p.get("name").equals("hookwire.close-timeout"))
          .singleElement()
          .satisfies(p -> assertThat(p.get("defaultValue")).isEqualTo("10s"));
      assertThat(properties)
          .filteredOn(p -> p.get("name").equals("hookwire.max-in-flight"))
          .singleElement()
          .satisfies(p -> assertThat(p.get("defaultValue")).isEqualTo(256));
    }
  }
}
