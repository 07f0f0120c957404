package dev.hookwire.console;

import dev.hookwire.runtime.HookChange;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.WiringDescription;
import dev.hookwire.runtime.WiringDescription.EventInfo;
import dev.hookwire.runtime.WiringDescription.HookInfo;
import dev.hookwire.runtime.WiringDescription.VersionInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The page's model, {@link HookConsole#state()}: read from each wiring's live {@code describe()},
 * the runtime's history and the {@link HookStats}, at one moment. Each hook lists the actions the
 * console can take on it now ({@code actions}), so the page shows only buttons that work.
 */
final class ConsoleState {
  /** How {@code describe()} names a hook switched off while the service runs. */
  static final String SWITCHED_OFF = "switched off at run time";

  private final HookRuntime runtime;
  private final List<HookConsole.Wiring<?>> wirings;
  private final HookStats stats;
  private final DryRuns dryRuns;

  ConsoleState(
      HookRuntime runtime, List<HookConsole.Wiring<?>> wirings, HookStats stats, DryRuns dryRuns) {
    this.runtime = runtime;
    this.wirings = wirings;
    this.stats = stats;
    this.dryRuns = dryRuns;
  }

  ObjectNode write() {
    List<HookChange> history = runtime.history();
    ObjectNode state = ConsoleJson.MAPPER.createObjectNode();
    state.put("counts", stats != null);
    ArrayNode wiringNodes = state.putArray("wirings");
    for (HookConsole.Wiring<?> wiring : wirings) {
      WiringDescription description = wiring.describe().get();
      ObjectNode node = wiringNodes
          .addObject()
          .put("type", wiring.type().getName())
          .put("hooksPackage", description.hooksPackage());
      ArrayNode events = node.putArray("events");
      for (EventInfo event : description.events()) {
        ObjectNode eventNode = events
            .addObject()
            .put("name", event.name())
            .put("kind", event.kind().toString())
            .put("virtualOf", event.virtualOf().orElse(null));
        eventNode.set("sample", dryRuns.sample(wiring.type(), event).orElse(null));
        ArrayNode hooks = eventNode.putArray("hooks");
        event.hooks().forEach(hook -> hooks.add(hook(event, hook, history)));
      }
    }
    state.set("history", history(history));
    return state;
  }

  private ObjectNode hook(EventInfo event, HookInfo hook, List<HookChange> history) {
    Optional<VersionInfo> version = hook.version();
    ObjectNode node = ConsoleJson.MAPPER
        .createObjectNode()
        .put("type", hook.type())
        .put("name", simpleName(hook.type()))
        .put("order", hook.order())
        .put("state", hook.enabled() ? "on" : "off")
        .put("reason", hook.disabled().orElse(null))
        .put("timeoutMillis", hook.timeout().map(t -> t.toMillis()).orElse(null))
        .put("async", hook.async())
        .put("durable", hook.durable());
    hook.tags().forEach(node.putArray("tags")::add);
    Optional<String> rollbackTo = version.flatMap(
        v -> HookChange.lastVersionChange(history, event.name(), v.hook()).map(HookChange::from));
    ArrayNode actions = node.putArray("actions");
    if (hook.enabled()) {
      actions.add("switch-off");
    } else if (hook.disabled().filter(SWITCHED_OFF::equals).isPresent()) {
      actions.add("switch-on");
    } else if (version.filter(v -> !v.live()).isPresent()) {
      actions.add("deploy");
    }
    if (rollbackTo.isPresent() && version.orElseThrow().live()) {
      actions.add("rollback");
    }
    node.set("version", version.map(v -> version(event, v, rollbackTo)).orElse(null));
    node.set("counts", counts(event, hook));
    return node;
  }

  private ObjectNode version(EventInfo event, VersionInfo version, Optional<String> rollbackTo) {
    ObjectNode node = ConsoleJson.MAPPER
        .createObjectNode()
        .put("hook", version.hook())
        .put("id", version.id())
        .put("live", version.live())
        .put(
            "liveVersion",
            versionsOf(event, version)
                .filter(VersionInfo::live)
                .map(VersionInfo::id)
                .findFirst()
                .orElse(null))
        .put("rollbackTo", rollbackTo.orElse(null));
    ArrayNode ids = node.putArray("versions");
    versionsOf(event, version).forEach(v -> ids.add(v.id()));
    return node;
  }

  /**
   * Every version of {@code version}'s hook in {@code event}, from the same description, so the
   * live one agrees with each row's state.
   */
  private static Stream<VersionInfo> versionsOf(EventInfo event, VersionInfo version) {
    return event.hooks().stream()
        .flatMap(h -> h.version().stream())
        .filter(v -> v.hook().equals(version.hook()));
  }

  private ObjectNode counts(EventInfo event, HookInfo hook) {
    if (stats == null) {
      return null;
    }
    HookStats.Counts counts = stats.of(event.name(), hook.type());
    ObjectNode node = ConsoleJson.MAPPER
        .createObjectNode()
        .put("runs", counts.runs())
        .put("failures", counts.failures())
        .put("timeouts", counts.timeouts())
        .put("rejections", counts.rejections());
    node.set(
        "lastFailure",
        counts
            .lastFailure()
            .map(last -> ConsoleJson.MAPPER
                .createObjectNode()
                .put("at", last.at().toString())
                .put("kind", last.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .put("exception", last.exception().orElse(null)))
            .orElse(null));
    return node;
  }

  /**
   * The runtime's history, oldest first: each deploy, rollback and switch, with who and why
   * (shared by every instance of the service through its store).
   */
  private static ArrayNode history(List<HookChange> changes) {
    ArrayNode history = ConsoleJson.MAPPER.createArrayNode();
    for (HookChange change : changes) {
      history
          .addObject()
          .put("at", change.at().toString())
          .put("action", change.action().id())
          .put("event", change.event())
          .put("hook", change.hook())
          .put("name", simpleName(change.hook()))
          .put("from", change.from())
          .put("to", change.to())
          .put("by", change.by())
          .put("why", change.why());
    }
    return history;
  }

  static String simpleName(String type) {
    return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
  }
}
