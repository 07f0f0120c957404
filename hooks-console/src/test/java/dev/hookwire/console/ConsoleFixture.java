package dev.hookwire.console;

import dev.hookwire.auth.User;
import dev.hookwire.console.it.Journal;
import dev.hookwire.console.it.hooks.HookWiring;
import dev.hookwire.runtime.DurableRecorder;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.runtime.HookRuntime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/**
 * A service as a host builds it: a runtime whose listener is a {@link HookStats}, the generated
 * wiring of the test hooks with their {@link Journal}, and a console over both.
 */
final class ConsoleFixture implements AutoCloseable {
  static final String HOOKS = "dev.hookwire.console.it.hooks.";
  static final String GATE = HOOKS + "GateSignup";
  static final String AUDIT = HOOKS + "AuditSignup";
  /** The key of the version that is not live, which the runtime lists as switched off. */
  static final String DARK = "before-user-create/" + HOOKS + "GateSignupStrict";

  final Journal journal = new Journal();
  final HookStats stats = new HookStats();
  final HookRuntime runtime = HookRuntime.builder().listener(stats).build();
  final HookDependencies dependencies = HookDependencies.of(Map.of(Journal.class, journal));
  final HookWiring wiring = new HookWiring(runtime, dependencies);
  final HookConsole console = HookConsole.builder(runtime)
      .wiring(HookWiring.class, wiring::describe, rt -> new HookWiring(rt, dependencies))
      .stats(stats)
      .build();
  /** What the service's own dispatches recorded for its durable hooks. */
  final List<String> recorded = new CopyOnWriteArrayList<>();

  static User user(String email, String name) {
    return new User("u1", name, email, false, null, Instant.EPOCH, Instant.EPOCH);
  }

  /** A context as the host's sign-up gives it: with its durable recorder. */
  HookContext hostContext() {
    DurableRecorder recorder = (event, entity, hooks) -> {
      recorded.add(event + " " + hooks);
      return "event-" + recorded.size();
    };
    return HookContext.builder().service(DurableRecorder.class, recorder).build();
  }

  /** The hook {@code type} of {@code event} in the console's state. */
  JsonNode hook(String event, String type) {
    return hook(console.state(), event, type);
  }

  static JsonNode hook(JsonNode state, String event, String type) {
    for (JsonNode e : state.get("wirings").get(0).get("events")) {
      if (e.get("name").asString().equals(event)) {
        for (JsonNode h : e.get("hooks")) {
          if (h.get("type").asString().equals(type)) {
            return h;
          }
        }
      }
    }
    throw new AssertionError("no hook " + type + " of " + event + " in " + state);
  }

  static JsonNode json(String text) {
    return HookConsole.parse(text);
  }

  @Override
  public void close() {
    runtime.close();
  }
}
