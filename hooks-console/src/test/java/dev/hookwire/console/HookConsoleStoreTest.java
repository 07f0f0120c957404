package dev.hookwire.console;

import static dev.hookwire.console.ConsoleFixture.AUDIT;
import static dev.hookwire.console.ConsoleFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.console.it.Journal;
import dev.hookwire.console.it.hooks.HookWiring;
import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.HookState;
import dev.hookwire.runtime.HookStateStore;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A change through a runtime with a store: a conflict is a 400, a store failure is not shown. */
class HookConsoleStoreTest {
  private static final String SWITCH_OFF = "{\"action\": \"switch-off\", \"event\":"
      + " \"after-user-create\", \"hook\": \"" + AUDIT + "\", \"why\": \"x\"}";

  @Test
  void anotherInstanceChangingFirstIsARefusalToShow() {
    // Every save loses the race: another instance stored a newer state first.
    HookStateStore racing = store(next -> false);
    try (HookRuntime runtime = HookRuntime.builder().store(racing).build()) {
      HookConsole console = console(runtime);
      ConsoleRequestException refused = assertThrows(
          ConsoleRequestException.class, () -> console.change(json(SWITCH_OFF), "ada"));
      assertTrue(
          refused.getMessage().startsWith("Another instance of the service changed the hooks"),
          refused.getMessage());
    }
  }

  @Test
  void aStoreThatFailsIsNoBadRequestAndItsTextIsNotShown() {
    HookStateStore broken = store(next -> {
      throw new IllegalStateException(
          "Could not store the hooks' state: password=hunter2", new SQLException("down"));
    });
    try (HookRuntime runtime = HookRuntime.builder().store(broken).build()) {
      HookConsole console = console(runtime);
      // Not a ConsoleRequestException (a 400 showing its text): the host's 500, logged.
      IllegalStateException failed =
          assertThrows(IllegalStateException.class, () -> console.change(json(SWITCH_OFF), "ada"));
      assertEquals(SQLException.class, failed.getCause().getClass());
    }
  }

  private static HookConsole console(HookRuntime runtime) {
    HookDependencies dependencies = HookDependencies.of(Map.of(Journal.class, new Journal()));
    HookWiring wiring = new HookWiring(runtime, dependencies);
    return HookConsole.builder(runtime)
        .wiring(HookWiring.class, wiring::describe, rt -> new HookWiring(rt, dependencies))
        .build();
  }

  /** A store with nothing stored, whose saves {@code save} answers. */
  private static HookStateStore store(Predicate<HookState> save) {
    return new HookStateStore() {
      @Override
      public Optional<HookState> load() {
        return Optional.empty();
      }

      @Override
      public boolean save(HookState next) {
        return save.test(next);
      }
    };
  }
}
