package dev.hookwire.console;

import static dev.hookwire.console.ConsoleFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.console.it.hooks.HookWiring;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One runtime serving two hooks packages: the console shows both and dry-runs the one named. */
class HookConsoleWiringsTest {
  private static final String OTHER = "dev.hookwire.console.it.other.HookWiring";

  private final ConsoleFixture service = new ConsoleFixture();
  private final dev.hookwire.console.it.other.HookWiring other =
      new dev.hookwire.console.it.other.HookWiring(service.runtime, service.dependencies);
  private final HookConsole console = HookConsole.builder(service.runtime)
      .wiring(
          HookWiring.class,
          service.wiring::describe,
          rt -> new HookWiring(rt, service.dependencies))
      .wiring(
          dev.hookwire.console.it.other.HookWiring.class,
          other::describe,
          rt -> new dev.hookwire.console.it.other.HookWiring(rt, service.dependencies))
      .build();

  @AfterEach
  void close() {
    service.close();
  }

  @Test
  void theStateListsEachWiring() {
    JsonNode wirings = console.state().get("wirings");
    assertEquals(2, wirings.size());
    assertEquals(
        "dev.hookwire.console.it.other", wirings.get(1).get("hooksPackage").asString());
  }

  @Test
  void anEventOfBothWiringsNeedsTheWiringNamed() {
    String request = "{\"event\": \"after-user-create\", \"input\": {\"email\": \"a@example.com\"}";
    ConsoleRequestException refused =
        assertThrows(ConsoleRequestException.class, () -> console.dryRun(json(request + "}")));
    assertEquals(Optional.of("wiring"), refused.field());
    assertTrue(refused.getMessage().contains(OTHER), refused.getMessage());

    JsonNode trace = console.dryRun(json(request + ", \"wiring\": \"" + OTHER + "\"}"));
    assertEquals(1, trace.get("hooks").size(), trace.toString());
    assertEquals(List.of("other package saw a@example.com"), service.journal.lines());

    ConsoleRequestException unknown = assertThrows(
        ConsoleRequestException.class,
        () -> console.dryRun(json(request + ", \"wiring\": \"com.acme.HookWiring\"}")));
    assertEquals(Optional.of("wiring"), unknown.field());
  }

  @Test
  void anEventOfOneWiringNeedsNoName() {
    JsonNode trace = console.dryRun(
        json("{\"event\": \"transform-custom-user-data\", \"input\": {\"sub\": \"u1\"}}"));
    assertEquals("pro", trace.get("result").get("plan").asString());
  }
}
