package dev.hookwire.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleAssetsTest {
  @Test
  void servesThePagesThreeFilesWithTheirTypes() {
    assertEquals(
        "text/html; charset=utf-8",
        ConsoleAssets.find("index.html").orElseThrow().contentType());
    assertEquals(
        "text/css; charset=utf-8",
        ConsoleAssets.find("console.css").orElseThrow().contentType());
    assertEquals(
        "text/javascript; charset=utf-8",
        ConsoleAssets.find("console.js").orElseThrow().contentType());
    assertEquals("index.html", ConsoleAssets.find("").orElseThrow().name());
  }

  @Test
  void servesNothingElse() {
    for (String name :
        List.of("../HookConsole.class", "index.htm", "assets/console.js", "/index.html")) {
      assertEquals(Optional.empty(), ConsoleAssets.find(name), name);
    }
  }

  @Test
  void thePageLoadsNothingFromElsewhere() {
    for (String name : List.of("index.html", "console.css", "console.js")) {
      String text =
          new String(ConsoleAssets.find(name).orElseThrow().bytes(), StandardCharsets.UTF_8);
      assertFalse(
          text.contains("http://") || text.contains("https://") || text.contains("//cdn"),
          name + " refers to another site");
      assertFalse(text.contains("@import") || text.contains("url("), name + " loads a resource");
    }
  }

  @Test
  void thePageSendsTheCsrfHeaderFromTheCookieAndSetsTextNeverHtml() {
    String js =
        new String(ConsoleAssets.find("console.js").orElseThrow().bytes(), StandardCharsets.UTF_8);
    assertTrue(js.contains("\"X-XSRF-TOKEN\"") && js.contains("\"XSRF-TOKEN\""));
    assertFalse(
        js.contains("innerHTML") || js.contains("insertAdjacentHTML") || js.contains("eval("));
  }
}
