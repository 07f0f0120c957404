package dev.hookwire.console;

import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.HookSwitch;
import dev.hookwire.runtime.WiringDescription.EventInfo;
import dev.hookwire.runtime.WiringDescription.HookInfo;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Applies one change request of the console to the runtime. Every check the runtime makes is the
 * runtime's (its messages name the closest event, hook or version); this class reads the fields,
 * turns the runtime's refusals into {@link ConsoleRequestException}s naming the field at fault.
 * Every change is the runtime's history's, with who and why: a switch too ({@code
 * switchHooks(switches, by, why)}).
 */
final class ConsoleChanges {
  static final List<String> ACTIONS = List.of("switch-on", "switch-off", "deploy", "rollback");

  private final HookRuntime runtime;
  private final List<HookConsole.Wiring<?>> wirings;

  ConsoleChanges(HookRuntime runtime, List<HookConsole.Wiring<?>> wirings) {
    this.runtime = runtime;
    this.wirings = wirings;
  }

  void apply(JsonNode request, String by) {
    String action = ConsoleJson.text(request, "action", "one of " + String.join(", ", ACTIONS));
    if (!ACTIONS.contains(action)) {
      throw new ConsoleRequestException(
          "There is no action '" + action + "': the actions are " + String.join(", ", ACTIONS)
              + ".",
          "action");
    }
    String event = ConsoleJson.text(request, "event", "the hook's event, in kebab-case");
    String hook = ConsoleJson.text(
        request,
        "hook",
        "the hook's qualified class name"
            + (action.equals("deploy") || action.equals("rollback")
                ? " (its first version's)"
                : ""));
    String version = action.equals("deploy")
        ? ConsoleJson.text(request, "version", "the id of the version to deploy")
        : null;
    String why = ConsoleJson.text(request, "why", "the reason, for the history");
    try {
      switch (action) {
        case "switch-on", "switch-off" ->
          runtime.switchHooks(
              List.of(new HookSwitch(event, hook, action.equals("switch-on"))), by, why);
        case "deploy" -> runtime.deploy(event, hook, version, by, why);
        default -> runtime.rollback(event, hook, by, why);
      }
    } catch (IllegalArgumentException refused) {
      // The runtime's checks: its messages name the closest call, and never a secret.
      throw new ConsoleRequestException(refused.getMessage(), fieldAtFault(event, hook, action));
    } catch (IllegalStateException refused) {
      if (refused.getCause() != null) {
        throw refused; // a failure under the runtime (its store): not a bad request, not shown
      }
      // Nothing to roll back, or another instance changed the hooks first: the runtime's
      // words, safe to show.
      throw new ConsoleRequestException(refused.getMessage(), null);
    }
  }

  /** Which field a refused change got wrong: the event, else the hook, else the version. */
  private String fieldAtFault(String event, String hook, String action) {
    List<EventInfo> events = wirings.stream()
        .flatMap(w -> w.describe().get().events().stream())
        .filter(e -> e.name().equals(event))
        .toList();
    if (events.isEmpty()) {
      return "event";
    }
    Optional<HookInfo> named = events.stream()
        .flatMap(e -> e.hooks().stream())
        .filter(h -> h.type().equals(hook))
        .findFirst();
    if (named.isEmpty() || !action.equals("deploy")) {
      return "hook";
    }
    return "version";
  }
}
